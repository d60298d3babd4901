using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>§5.5.1.3 Fragments on Object, Interface or Union Types: fragments cannot condition on scalars, enums or input objects.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(InlineFragmentNode node, ValidationContext context)
        {
            if (node.TypeCondition is { } typeCondition && IsNonComposite(context, typeCondition))
            {
                context.ReportError(
                    $"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".",
                    ValidationErrorCodes.FragmentOnNonCompositeType,
                    SpecSections.FragmentsOnCompositeTypes,
                    typeCondition);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context)
        {
            if (IsNonComposite(context, node.TypeCondition))
            {
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                    ValidationErrorCodes.FragmentOnNonCompositeType,
                    SpecSections.FragmentsOnCompositeTypes,
                    node.TypeCondition);
            }

            return VisitorAction.Continue;
        }

        private static bool IsNonComposite(ValidationContext context, NamedTypeNode typeCondition) =>
            context.Schema.TryGetType(typeCondition.Name.Value, out var type) && !type.IsCompositeType();
    }
}
