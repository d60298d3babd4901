using Meridian.Language;

namespace Meridian.Types;

/// <summary>§3.10 type validation 1–2: fields exist, are named well, have input types; OneOf fields are nullable without defaults.</summary>
internal static class InputObjectRules
{
    public static void Validate(InputObjectType type, bool mayBeEmpty, SchemaConfigurationContext context)
    {
        if (type.Fields.Count == 0 && !mayBeEmpty)
        {
            context.ReportError($"Input Object type {type.Name} must define one or more fields.", type.Name, type.SyntaxNode?.Name);
        }

        foreach (var field in type.Fields.AsSpan())
        {
            NameRules.ValidateInputValue(field, "input field", context);
            if (!type.IsOneOf)
            {
                continue;
            }

            if (field.Type is NonNullType)
            {
                context.ReportError($"OneOf input field {field.Coordinate} must be nullable.", field.Coordinate, field.SyntaxNode?.Type);
            }

            if (field.HasDefaultValue)
            {
                context.ReportError(
                    $"OneOf input field {field.Coordinate} cannot have a default value.",
                    field.Coordinate,
                    (ISyntaxNode?)field.SyntaxNode?.DefaultValue ?? field.SyntaxNode?.Name);
            }
        }
    }
}
