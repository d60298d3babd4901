using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.7.3 Directives Are Unique per Location: a directive that is not repeatable appears at most once per location.</summary>
public sealed class DirectivesUniquePerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : DirectivePlacementVisitor
    {
        public static readonly Visitor Instance = new();

        protected override void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, ValidationContext context)
        {
            if (directives.Count < 2)
            {
                return;
            }

            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!context.Schema.TryGetDirectiveType(name, out var definition) || definition.IsRepeatable)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError(
                        $"The directive \"@{name}\" can only be used once at this location.",
                        ValidationErrorCodes.DirectiveNotUnique,
                        SpecSections.DirectivesAreUniquePerLocation,
                        first,
                        directive);
                }
                else
                {
                    seen.Add(name, directive);
                }
            }
        }
    }
}
