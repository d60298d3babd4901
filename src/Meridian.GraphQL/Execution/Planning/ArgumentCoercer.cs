using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>CoerceArgumentValues (§6.4.1) for one field selection, with graphql-js's messages.</summary>
internal static class ArgumentCoercer
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>True when the literal contains a variable anywhere.</summary>
    public static bool HasVariables(IValueNode literal)
    {
        switch (literal)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Items)
                {
                    if (HasVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (HasVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Coerces every argument of <paramref name="field"/> as given by <paramref name="node"/>.</summary>
    public static ArgumentValue[] Coerce(OutputField field, FieldNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var arguments = field.Arguments;
        if (arguments.Count == 0)
        {
            return [];
        }

        var values = new ArgumentValue[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Coerce(arguments[i], FindLiteral(node, arguments[i].Name), node, variables ?? NoVariables);
        }

        return values;
    }

    /// <summary>True when every argument of the node can be coerced without variables.</summary>
    public static bool IsStatic(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            if (HasVariables(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentValue Coerce(Argument argument, IValueNode? literal, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        var hasValue = false;
        object? value = null;
        if (literal is VariableNode variable)
        {
            hasValue = variables.TryGetValue(variable.Name.Value, out value);
        }
        else if (literal is not null)
        {
            hasValue = true;
        }

        if (!hasValue && argument.HasDefaultValue)
        {
            return new ArgumentValue(argument, argument.RuntimeDefaultValue, true, literal, null);
        }

        if (argument.Type is NonNullType && (!hasValue || (literal is VariableNode ? value is null : literal is NullValueNode)))
        {
            var message = !hasValue && literal is VariableNode missing
                ? $"Argument \"{argument.Name}\" of required type \"{argument.Type.Print()}\" was provided the variable \"${missing.Name.Value}\" which was not provided a runtime value."
                : hasValue
                    ? $"Argument \"{argument.Name}\" of non-null type \"{argument.Type.Print()}\" must not be null."
                    : $"Argument \"{argument.Name}\" of required type \"{argument.Type.Print()}\" was not provided.";
            return Failed(argument, literal, node, message);
        }

        if (!hasValue)
        {
            return new ArgumentValue(argument, null, false, literal, null);
        }

        if (literal is VariableNode)
        {
            // Variables were coerced to their declared type already (§6.1.2); validation made the types compatible.
            return new ArgumentValue(argument, value, true, literal, null);
        }

        try
        {
            return new ArgumentValue(argument, InputCoercion.CoerceLiteral(literal!, argument.Type, variables), true, literal, null);
        }
        catch (InputCoercionException exception)
        {
            return Failed(argument, (exception.SyntaxNode as IValueNode) ?? literal, node, $"Argument \"{argument.Name}\" has invalid value {ValueInspector.Print(literal!)}: {exception.Message}");
        }
    }

    private static ArgumentValue Failed(Argument argument, IValueNode? literal, FieldNode node, string message)
    {
        var error = ErrorBuilder.New()
            .SetMessage(message)
            .SetCode(ErrorCodes.ArgumentValueInvalid)
            .AddLocation((ISyntaxNode?)literal ?? node)
            .Build();
        return new ArgumentValue(argument, null, false, literal, error);
    }

    private static IValueNode? FindLiteral(FieldNode node, string name)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
