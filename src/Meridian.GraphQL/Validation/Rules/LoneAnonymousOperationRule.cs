using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.2.3.1 Lone Anonymous Operation: an anonymous operation must be the only operation of its document.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            if (node.Name is null && context.Operations.Count > 1)
            {
                context.ReportError(
                    "This anonymous operation must be the only defined operation.",
                    ValidationErrorCodes.AnonymousOperationNotAlone,
                    SpecSections.LoneAnonymousOperation,
                    node);
            }

            return VisitorAction.Skip;
        }
    }
}
