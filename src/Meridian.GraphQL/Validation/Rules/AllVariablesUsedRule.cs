using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.8.4 All Variables Used: every variable an operation defines is used, by it or by a fragment it spreads.</summary>
public sealed class AllVariablesUsedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            foreach (var operation in context.Operations)
            {
                if (operation.VariableDefinitions.Count == 0)
                {
                    continue;
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    used.Add(usage.Node.Name.Value);
                }

                foreach (var definition in operation.VariableDefinitions)
                {
                    var name = definition.Variable.Name.Value;
                    if (used.Contains(name))
                    {
                        continue;
                    }

                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        ValidationErrorCodes.VariableNotUsed,
                        SpecSections.AllVariablesUsed,
                        definition);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
