using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>§5.3.3 Leaf Field Selections: leaf fields have no selection set; object, interface and union fields have one.</summary>
public sealed class LeafFieldSelectionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (context.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var fieldName = node.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type.Print()}\" has no subfields.",
                        ValidationErrorCodes.LeafSelectionInvalid,
                        SpecSections.LeafFieldSelections,
                        selectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type.Print()}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    ValidationErrorCodes.LeafSelectionInvalid,
                    SpecSections.LeafFieldSelections,
                    node);
            }
            else if (node.SelectionSet.Selections.Count == 0)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type.Print()}\" must have at least one field selected.",
                    ValidationErrorCodes.LeafSelectionInvalid,
                    SpecSections.LeafFieldSelections,
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
