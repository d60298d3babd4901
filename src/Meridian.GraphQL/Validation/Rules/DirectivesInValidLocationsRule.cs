using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.7.2 Directives Are in Valid Locations.</summary>
public sealed class DirectivesInValidLocationsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : DirectivePlacementVisitor
    {
        public static readonly Visitor Instance = new();

        protected override void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, ValidationContext context)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                if (context.Schema.TryGetDirectiveType(directive.Name.Value, out var definition) && !definition.IsAllowedAt(location))
                {
                    context.ReportError(
                        $"Directive \"@{directive.Name.Value}\" may not be used on {location.ToName()}.",
                        ValidationErrorCodes.DirectiveLocationInvalid,
                        SpecSections.DirectivesAreInValidLocations,
                        directive);
                }
            }
        }
    }
}
