using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// §5.3.2 Field Selection Merging (graphql-js's OverlappingFieldsCanBeMerged): fields with the same response name
/// must be the same field with the same arguments (unless they are on different object types), return types of the
/// same shape, and have sub-selections that merge in turn, including fields reached through fragments.
/// </summary>
public sealed class FieldSelectionMergingRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(new ConflictFinder(context));

    private sealed class Visitor(ConflictFinder finder) : ValidationVisitor
    {
        private bool _reportedTooComplex;

        protected override VisitorAction Enter(SelectionSetNode node, ValidationContext context)
        {
            foreach (var conflict in finder.FindWithin(context.ParentType, node))
            {
                context.ReportError(
                    $"Fields \"{FieldConflict.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason()}. Use different aliases on the fields to fetch both if this was intentional.",
                    ValidationErrorCodes.FieldsConflict,
                    SpecSections.FieldSelectionMerging,
                    [.. conflict.Nodes()]);
            }

            if ((finder.StackExhausted || finder.BudgetExhausted) && !_reportedTooComplex)
            {
                _reportedTooComplex = true;
                context.ReportError(
                    finder.StackExhausted
                        ? "The document nests fields too deeply through fragments to check that they can be merged."
                        : "The document has too many fields of the same name to check that they can be merged.",
                    ValidationErrorCodes.DocumentTooComplex,
                    SpecSections.FieldSelectionMerging,
                    node);
            }

            return _reportedTooComplex ? VisitorAction.Break : VisitorAction.Continue;
        }
    }
}
