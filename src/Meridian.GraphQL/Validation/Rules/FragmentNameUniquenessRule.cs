using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class FragmentNameUniquenessRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(DocumentNode node, ValidationContext context)
        {
            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var fragment in context.Fragments)
            {
                if (known.TryGetValue(fragment.Name.Value, out var first))
                {
                    context.ReportError(
                        $"There can be only one fragment named \"{fragment.Name.Value}\".",
                        ValidationErrorCodes.FragmentNameNotUnique,
                        SpecSections.FragmentNameUniqueness,
                        first,
                        fragment.Name);
                }
                else
                {
                    known.Add(fragment.Name.Value, fragment.Name);
                }
            }

            return VisitorAction.Skip;
        }
    }
}
