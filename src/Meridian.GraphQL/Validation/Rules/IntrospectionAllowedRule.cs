using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Beyond the specification: with <see cref="ValidationOptions.IntrospectionAllowed"/> off, <c>__schema</c> and
/// <c>__type</c> are refused; <c>__typename</c> stays allowed.
/// </summary>
public sealed class IntrospectionAllowedRule : IValidationRule
{
    public ValidationVisitor? CreateVisitor(ValidationContext context) =>
        context.Options.IntrospectionAllowed ? null : Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (node.Name.Value is not ("__schema" or "__type"))
            {
                return VisitorAction.Continue;
            }

            context.ReportError(
                "Introspection is not allowed for the current request.",
                ValidationErrorCodes.IntrospectionDisabled,
                specifiedBy: null,
                node);
            return VisitorAction.Skip;
        }
    }
}
