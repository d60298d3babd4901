using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible: the fragment's type condition and the type in scope must share a possible
/// object type (all four cases: object in object, abstract in object, object in abstract, abstract in abstract), or
/// the fragment's interface implements the interface in scope.
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(InlineFragmentNode node, ValidationContext context)
        {
            if (context.Type is INamedType fragmentType && fragmentType.IsCompositeType()
                && context.ParentType is { } parentType && parentType.IsCompositeType()
                && !CanOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    ValidationErrorCodes.FragmentSpreadImpossible,
                    SpecSections.FragmentSpreadIsPossible,
                    node);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
        {
            if (context.GetFragment(node.Name.Value) is { } fragment
                && context.Schema.TryGetType(fragment.TypeCondition.Name.Value, out var fragmentType)
                && fragmentType.IsCompositeType()
                && context.ParentType is { } parentType
                && !CanOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    ValidationErrorCodes.FragmentSpreadImpossible,
                    SpecSections.FragmentSpreadIsPossible,
                    node);
            }

            return VisitorAction.Continue;
        }

        private static bool CanOverlap(Schema schema, INamedType fragmentType, INamedType parentType) =>
            TypeComparison.DoTypesOverlap(schema, fragmentType, parentType)
            || (parentType is InterfaceType scope && fragmentType is InterfaceType spread && spread.IsImplementing(scope));
    }
}
