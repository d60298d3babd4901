using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniquenessRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            if (node.VariableDefinitions.Count > 1)
            {
                foreach (var group in Duplicates.GroupByName(node.VariableDefinitions, static v => v.Variable.Name))
                {
                    context.ReportError(
                        $"There can be only one variable named \"${group[0].Value}\".",
                        ValidationErrorCodes.VariableNotUnique,
                        SpecSections.VariableUniqueness,
                        [.. group]);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
