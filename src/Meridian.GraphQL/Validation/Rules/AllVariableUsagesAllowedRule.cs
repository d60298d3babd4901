using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: each variable's type fits every position it is used in (IsVariableUsageAllowed):
/// a nullable variable reaches a non-null position only when it or the position has a non-null default, and a
/// variable given for a field of a OneOf input object must be non-null.
/// </summary>
public sealed class AllVariableUsagesAllowedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            foreach (var operation in context.Operations)
            {
                var usages = context.GetRecursiveVariableUsages(operation);
                if (usages.Count == 0)
                {
                    continue;
                }

                var definitions = VariableDefinitions.ByName(operation);
                foreach (var usage in usages)
                {
                    if (usage.Type is not null
                        && definitions.TryGetValue(usage.Node.Name.Value, out var definition)
                        && context.TypeFromSyntax(definition.Type) is { } variableType)
                    {
                        Check(context, usage, definition, variableType);
                    }
                }
            }

            return VisitorAction.Continue;
        }

        private static void Check(ValidationContext context, VariableUsage usage, VariableDefinitionNode definition, IType variableType)
        {
            var locationType = usage.Type!;
            var oneOfField = usage.ParentType?.NullableType() is InputObjectType { IsOneOf: true } oneOf ? oneOf : null;
            var nonNullPosition = locationType.IsNonNullType() || oneOfField is not null;
            var compatibleType = TypeComparison.IsTypeSubTypeOf(variableType, locationType.NullableType());
            var allowed = nonNullPosition && variableType.IsNullableType()
                ? compatibleType && (HasNonNullDefault(definition) || usage.DefaultValue is not null)
                : TypeComparison.IsTypeSubTypeOf(variableType, locationType);

            if (allowed)
            {
                return;
            }

            var name = usage.Node.Name.Value;
            var message = compatibleType && oneOfField is not null && locationType.IsNullableType()
                ? $"Variable \"${name}\" is of type \"{variableType.Print()}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfField.Name}\"."
                : $"Variable \"${name}\" of type \"{variableType.Print()}\" used in position expecting type \"{locationType.Print()}\".";
            context.ReportError(
                message,
                ValidationErrorCodes.VariablePositionInvalid,
                SpecSections.AllVariableUsagesAreAllowed,
                definition,
                usage.Node);
        }

        private static bool HasNonNullDefault(VariableDefinitionNode definition) =>
            definition.DefaultValue is not null and not NullValueNode;
    }
}
