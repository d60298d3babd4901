using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.8.3 All Variable Uses Defined: every variable an operation uses, itself or through fragments, it defines.</summary>
public sealed class AllVariableUsesDefinedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            foreach (var operation in context.Operations)
            {
                var defined = VariableDefinitions.ByName(operation);
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (defined.ContainsKey(name))
                    {
                        continue;
                    }

                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        ValidationErrorCodes.VariableNotDefined,
                        SpecSections.AllVariableUsesDefined,
                        usage.Node,
                        operation);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
