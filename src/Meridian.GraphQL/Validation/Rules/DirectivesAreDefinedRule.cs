using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.7.1 Directives Are Defined.</summary>
public sealed class DirectivesAreDefinedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(DirectiveNode node, ValidationContext context)
        {
            if (context.Directive is null)
            {
                context.ReportError(
                    $"Unknown directive \"@{node.Name.Value}\".",
                    ValidationErrorCodes.DirectiveNotDefined,
                    SpecSections.DirectivesAreDefined,
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
