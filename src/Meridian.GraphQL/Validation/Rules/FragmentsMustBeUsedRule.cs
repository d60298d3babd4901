using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or transitively, by some operation.</summary>
public sealed class FragmentsMustBeUsedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            if (context.Fragments.Count == 0)
            {
                return VisitorAction.Continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in context.Operations)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }

            foreach (var fragment in context.Fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" is never used.",
                        ValidationErrorCodes.FragmentNotUsed,
                        SpecSections.FragmentsMustBeUsed,
                        fragment);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
