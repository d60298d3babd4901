using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence (graphql-js's KnownTypeNames): every type a fragment conditions on, and
/// every type a variable is declared with, exists in the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private bool _inVariableDefinition;

        protected override VisitorAction Enter(VariableDefinitionNode node, ValidationContext context)
        {
            _inVariableDefinition = true;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(VariableDefinitionNode node, ValidationContext context)
        {
            _inVariableDefinition = false;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(NamedTypeNode node, ValidationContext context)
        {
            var typeName = node.Name.Value;
            if (context.Schema.TryGetType(typeName, out _))
            {
                return VisitorAction.Continue;
            }

            var suggestion = context.Options.HideSuggestions
                ? string.Empty
                : Suggestions.DidYouMean(Suggestions.Rank(typeName, TypeNames(context.Schema)));
            context.ReportError(
                $"Unknown type \"{typeName}\".{suggestion}",
                ValidationErrorCodes.TypeNotDefined,
                _inVariableDefinition ? SpecSections.VariablesAreInputTypes : SpecSections.FragmentSpreadTypeExistence,
                node);
            return VisitorAction.Continue;
        }

        private static IEnumerable<string> TypeNames(Schema schema)
        {
            foreach (var type in schema.Types)
            {
                yield return type.Name;
            }
        }
    }
}
