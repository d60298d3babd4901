using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>§5.8.2 Variables Are Input Types: variables are scalars, enums, input objects, or lists and non-nulls of them.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(VariableDefinitionNode node, ValidationContext context)
        {
            if (context.TypeFromSyntax(node.Type) is { } type && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Language.SyntaxPrinter.Print(node.Type)}\".",
                    ValidationErrorCodes.VariableNotInputType,
                    SpecSections.VariablesAreInputTypes,
                    node.Type);
            }

            return VisitorAction.Continue;
        }
    }
}
