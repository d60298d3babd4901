using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.4.2 Argument Uniqueness: a field or directive gets each argument at most once.</summary>
public sealed class ArgumentUniquenessRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            Check(node.Arguments, context);
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(DirectiveNode node, ValidationContext context)
        {
            Check(node.Arguments, context);
            return VisitorAction.Continue;
        }

        private static void Check(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            foreach (var group in Duplicates.GroupByName(arguments, static a => a.Name))
            {
                context.ReportError(
                    $"There can be only one argument named \"{group[0].Value}\".",
                    ValidationErrorCodes.ArgumentNotUnique,
                    SpecSections.ArgumentUniqueness,
                    [.. group]);
            }
        }
    }
}
