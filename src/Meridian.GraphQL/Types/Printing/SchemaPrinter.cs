using System.Text;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js's <c>printSchema</c> conventions: the schema definition only when the root
/// types do not have the default names (or there is a description), then the directive definitions that are not
/// built in, then the types in schema order without the specification scalars and introspection types.
/// Descriptions print as block strings where graphql-js would, defaults as literals, deprecation as
/// <c>@deprecated</c>. Applied directives print when their definition is public (as Hot Chocolate prints
/// <c>@authorize</c>); directives that are not public are printed neither where applied nor as definitions.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.DirectiveTypes)
        {
            if (!directive.IsBuiltIn && directive.IsPublic)
            {
                parts.Add(PrintDirectiveDefinition(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (!type.IsIntrospectionType && !(type is ScalarType scalar && scalar.IsSpecifiedScalar))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts) + "\n";
    }

    /// <summary>Prints one named type's definition.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar.SpecifiedBy) + PrintDirectives(scalar.Directives),
        ObjectType objectType => PrintDescription(objectType.Description) + "type " + objectType.Name + PrintInterfaces(objectType)
            + PrintDirectives(objectType.Directives) + PrintFields(objectType),
        InterfaceType interfaceType => PrintDescription(interfaceType.Description) + "interface " + interfaceType.Name + PrintInterfaces(interfaceType)
            + PrintDirectives(interfaceType.Directives) + PrintFields(interfaceType),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name + PrintDirectives(union.Directives)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintDirectives(enumType.Directives)
            + PrintBlock(enumType.Values.Select((value, i) =>
                PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason) + PrintDirectives(value.Directives))),
        InputObjectType inputType => PrintDescription(inputType.Description) + "input " + inputType.Name + (inputType.IsOneOf ? " @oneOf" : string.Empty)
            + PrintDirectives(inputType.Directives)
            + PrintBlock(inputType.Fields.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new NotSupportedException($"Unknown type {type.GetType().Name}."),
    };

    /// <summary>Prints one directive definition.</summary>
    public static string PrintDirectiveDefinition(DirectiveType directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var directives = PrintDirectives(schema.Directives);
        if (schema.Description is null && directives.Length == 0 && HasDefaultRootTypes(schema))
        {
            return null;
        }

        var builder = new StringBuilder(PrintDescription(schema.Description)).Append("schema").Append(directives).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    // The schema definition may be omitted when each root type has its default name and no other type takes one.
    private static bool HasDefaultRootTypes(Schema schema) =>
        IsDefaultRoot(schema, schema.QueryType, "Query")
        && IsDefaultRoot(schema, schema.MutationType, "Mutation")
        && IsDefaultRoot(schema, schema.SubscriptionType, "Subscription");

    private static bool IsDefaultRoot(Schema schema, ObjectType? root, string defaultName) =>
        schema.TryGetType(defaultName, out var named) ? ReferenceEquals(named, root) : root is null;

    private static string PrintInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string PrintFields(ComplexOutputType type) =>
        PrintBlock(type.Fields.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
            + ": " + field.Type.Print() + PrintDeprecated(field.DeprecationReason) + PrintDirectives(field.Directives)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count == 0 ? string.Empty : " {\n" + string.Join("\n", lines) + "\n}";
    }

    private static string PrintArguments(FieldCollection<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((argument, i) =>
                PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value)
    {
        var text = value.Name + ": " + value.Type.Print();
        if (value.DefaultValue is { } defaultValue)
        {
            // graphql-js's layout: lists and objects longer than 80 characters break over lines.
            text += " = " + SyntaxPrinter.Print(defaultValue, indented: true);
        }

        return text + PrintDeprecated(value.DeprecationReason) + PrintDirectives(value.Directives);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + ValueInspector.Print(new StringValueNode(reason)) + ")",
    };

    private static string PrintSpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + ValueInspector.Print(new StringValueNode(url)) + ")";

    private static string PrintDirectives(DirectiveCollection directives)
    {
        var builder = new StringBuilder();
        foreach (var directive in directives)
        {
            if (directive.Type.IsPublic)
            {
                builder.Append(' ').Append(ValueInspector.Print(directive.ToSyntaxNode()));
            }
        }

        return builder.ToString();
    }

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockStringHelper.IsPrintableAsBlockString(description)
            ? BlockStringHelper.Print(description)
            : ValueInspector.Print(new StringValueNode(description));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
