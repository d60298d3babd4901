namespace Meridian.Types;

/// <summary>§3.9 type validation: at least one value; values are names other than true, false and null.</summary>
internal static class EnumRules
{
    public static void Validate(EnumType type, SchemaConfigurationContext context)
    {
        if (type.Values.Count == 0)
        {
            context.ReportError($"Enum type {type.Name} must define one or more values.", type.Name, type.SyntaxNode?.Name);
        }

        foreach (var value in type.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                context.ReportError($"Enum type {type.Name} cannot include value: {value.Name}.", value.Coordinate, value.SyntaxNode?.Name);
                continue;
            }

            if (!type.IsIntrospectionType)
            {
                NameRules.Validate(value.Name, value.Coordinate, value.SyntaxNode?.Name, context);
            }
        }
    }
}
