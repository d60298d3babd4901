using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>§5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class ArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(ArgumentNode node, ValidationContext context)
        {
            // Directive arguments are checked when entering the directive, which this visitor then skips.
            if (context.Argument is null && context.FieldDefinition is { } field)
            {
                context.ReportError(
                    $"Unknown argument \"{node.Name.Value}\" on field \"{field.Coordinate}\".{Suggest(context, node, field.Arguments)}",
                    ValidationErrorCodes.ArgumentNotDefined,
                    SpecSections.ArgumentNames,
                    node);
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(DirectiveNode node, ValidationContext context)
        {
            if (context.Directive is { } directive)
            {
                foreach (var argument in node.Arguments)
                {
                    if (!directive.Arguments.ContainsField(argument.Name.Value))
                    {
                        context.ReportError(
                            $"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".{Suggest(context, argument, directive.Arguments)}",
                            ValidationErrorCodes.ArgumentNotDefined,
                            SpecSections.ArgumentNames,
                            argument);
                    }
                }
            }

            return VisitorAction.Skip;
        }

        private static string Suggest(ValidationContext context, ArgumentNode node, FieldCollection<Argument> arguments)
        {
            if (context.Options.HideSuggestions)
            {
                return string.Empty;
            }

            var names = new List<string>(arguments.Count);
            foreach (var argument in arguments)
            {
                names.Add(argument.Name);
            }

            return Suggestions.DidYouMean(Suggestions.Rank(node.Name.Value, names));
        }
    }
}
