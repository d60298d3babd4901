using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class FragmentSpreadTargetDefinedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError(
                    $"Unknown fragment \"{node.Name.Value}\".",
                    ValidationErrorCodes.FragmentNotDefined,
                    SpecSections.FragmentSpreadTargetDefined,
                    node.Name);
            }

            return VisitorAction.Continue;
        }
    }
}
