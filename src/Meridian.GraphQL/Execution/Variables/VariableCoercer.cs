using System.Text;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// CoerceVariableValues (§6.1.2) with graphql-js's messages: a variable not given takes its default (which may be
/// null), else stays absent so that argument defaults apply; non-null variables must be given and not null;
/// values are coerced by the input coercion rules (lists of one, input objects, @oneOf). Every failing variable is
/// reported, each with the location of its definition and <c>VARIABLE_VALUE_INVALID</c>.
/// </summary>
public static class VariableCoercer
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>Coerces the request's variables; on failure returns null and the errors.</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<IError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        errors = [];
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        List<IError>? failures = null;
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var error = CoerceVariable(schema, definition, inputs, coerced);
            if (error is not null)
            {
                (failures ??= []).Add(error);
            }
        }

        if (failures is not null)
        {
            errors = failures;
            return null;
        }

        return coerced;
    }

    private static IError? CoerceVariable(Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?>? inputs, Dictionary<string, object?> coerced)
    {
        var name = definition.Variable.Name.Value;
        if (!schema.TryGetTypeFromSyntax(definition.Type, out var type) || !type.IsInputType())
        {
            return Error(definition, $"Variable \"${name}\" expected value of type \"{ValueInspector.Print(definition.Type)}\" which cannot be used as an input type.");
        }

        object? value = null;
        var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
        if (!hasValue && definition.DefaultValue is not null)
        {
            try
            {
                coerced[name] = InputCoercion.CoerceLiteral(definition.DefaultValue, type);
                return null;
            }
            catch (InputCoercionException exception)
            {
                return Error(definition, $"Variable \"${name}\" has invalid default value: {exception.Message}");
            }
        }

        if (type is NonNullType && (!hasValue || value is null))
        {
            return Error(definition, hasValue
                ? $"Variable \"${name}\" of non-null type \"{type.Print()}\" must not be null."
                : $"Variable \"${name}\" of required type \"{type.Print()}\" was not provided.");
        }

        if (!hasValue)
        {
            return null;
        }

        try
        {
            coerced[name] = InputCoercion.CoerceValue(value, type);
            return null;
        }
        catch (InputCoercionException exception)
        {
            var at = exception.InputPath.Count == 0 ? string.Empty : $" at \"{name}{FormatPath(exception.InputPath)}\"";
            var invalid = ValueAt(value, exception.InputPath);
            return Error(definition, $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}{at}; {exception.Message}");
        }
    }

    private static object? ValueAt(object? value, IReadOnlyList<object> path)
    {
        foreach (var segment in path)
        {
            value = (segment, value) switch
            {
                (string key, IReadOnlyDictionary<string, object?> map) => map.TryGetValue(key, out var entry) ? entry : null,
                (int index, IReadOnlyList<object?> list) when index < list.Count => list[index],
                _ => value,
            };
        }

        return value;
    }

    private static string FormatPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    private static IError Error(VariableDefinitionNode definition, string message) =>
        ErrorBuilder.New()
            .SetMessage(message)
            .SetCode(ErrorCodes.VariableValueInvalid)
            .AddLocation(definition)
            .Build();
}
