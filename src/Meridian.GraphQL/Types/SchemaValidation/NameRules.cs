using Meridian.Language;

namespace Meridian.Types;

/// <summary>Names must match <c>/[_A-Za-z][_0-9A-Za-z]*/</c> (§2.1.9) and must not begin with <c>__</c> (§3).</summary>
internal static class NameRules
{
    public static void Validate(string name, string coordinate, ISyntaxNode? node, SchemaConfigurationContext context)
    {
        if (name.Length == 0)
        {
            context.ReportError("Expected name to be a non-empty string.", coordinate, node);
            return;
        }

        if (!NameUtils.IsValidName(name))
        {
            var message = NameUtils.IsValidName(name.AsSpan(0, 1))
                ? $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not."
                : $"Names must start with [_a-zA-Z] but \"{name}\" does not.";
            context.ReportError(message, coordinate, node);
            return;
        }

        if (NameUtils.IsReservedName(name))
        {
            context.ReportError($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", coordinate, node);
        }
    }

    /// <summary>Checks the name of an argument or input field and its type (IsInputType) and deprecation.</summary>
    public static void ValidateInputValue(InputValue value, string kind, SchemaConfigurationContext context)
    {
        Validate(value.Name, value.Coordinate, value.SyntaxNode?.Name, context);
        if (!value.Type.IsInputType())
        {
            context.ReportError(
                $"The type of {value.Coordinate} must be Input Type but got: {value.Type.Print()}.",
                value.Coordinate,
                value.SyntaxNode?.Type);
        }

        if (value.IsRequired && value.IsDeprecated)
        {
            context.ReportError(
                $"Required {kind} {value.Coordinate} cannot be deprecated.",
                value.Coordinate,
                DeprecatedDirectiveNode(value.SyntaxNode),
                value.SyntaxNode?.Type);
        }
    }

    public static DirectiveNode? DeprecatedDirectiveNode(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated);
}
