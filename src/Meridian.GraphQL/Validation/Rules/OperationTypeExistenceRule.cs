using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.2.1.1 Operation Type Existence: the schema must have a root type for each operation's kind.</summary>
public sealed class OperationTypeExistenceRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            if (context.Schema.GetRootType(node.Operation) is null)
            {
                context.ReportError(
                    $"The {node.Operation.ToKeyword()} operation is not supported by the schema.",
                    ValidationErrorCodes.OperationTypeNotSupported,
                    SpecSections.OperationTypeExistence,
                    node);
            }

            return VisitorAction.Skip;
        }
    }
}
