using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniquenessRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(ObjectValueNode node, ValidationContext context)
        {
            if (node.Fields.Count < 2)
            {
                return VisitorAction.Continue;
            }

            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                if (known.TryGetValue(field.Name.Value, out var first))
                {
                    context.ReportError(
                        $"There can be only one input field named \"{field.Name.Value}\".",
                        ValidationErrorCodes.InputFieldNotUnique,
                        SpecSections.InputObjectFieldUniqueness,
                        first,
                        field.Name);
                }
                else
                {
                    known.Add(field.Name.Value, field.Name);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
