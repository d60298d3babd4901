using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.2.2.1 Operation Name Uniqueness.</summary>
public sealed class OperationNameUniquenessRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(DocumentNode node, ValidationContext context)
        {
            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var operation in context.Operations)
            {
                if (operation.Name is not { } name)
                {
                    continue;
                }

                if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(
                        $"There can be only one operation named \"{name.Value}\".",
                        ValidationErrorCodes.OperationNameNotUnique,
                        SpecSections.OperationNameUniqueness,
                        first,
                        name);
                }
                else
                {
                    known.Add(name.Value, name);
                }
            }

            return VisitorAction.Skip;
        }
    }
}
