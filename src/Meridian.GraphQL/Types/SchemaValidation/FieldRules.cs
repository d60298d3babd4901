namespace Meridian.Types;

/// <summary>§3.6 and §3.7 type validation 1–2: fields exist, are named well, have output types and valid arguments.</summary>
internal static class FieldRules
{
    public static void Validate(ComplexOutputType type, bool mayBeEmpty, SchemaConfigurationContext context)
    {
        if (type.Fields.Count == 0 && !mayBeEmpty)
        {
            context.ReportError($"Type {type.Name} must define one or more fields.", type.Name, type.SyntaxNode?.Name);
        }

        foreach (var field in type.Fields.AsSpan())
        {
            if (!type.IsIntrospectionType)
            {
                NameRules.Validate(field.Name, field.Coordinate, field.SyntaxNode?.Name, context);
            }

            if (!field.Type.IsOutputType())
            {
                context.ReportError(
                    $"The type of {field.Coordinate} must be Output Type but got: {field.Type.Print()}.",
                    field.Coordinate,
                    field.SyntaxNode?.Type);
            }

            foreach (var argument in field.Arguments.AsSpan())
            {
                NameRules.ValidateInputValue(argument, "argument", context);
            }
        }
    }
}
