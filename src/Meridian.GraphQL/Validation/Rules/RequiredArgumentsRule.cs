using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.4.2.1 Required Arguments: every argument of non-null type without a default is given. (An explicit null for
/// it is reported by Values of Correct Type, as graphql-js does.)
/// </summary>
public sealed class RequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Leave(FieldNode node, ValidationContext context)
        {
            if (context.FieldDefinition is { Arguments.Count: > 0 } field)
            {
                foreach (var argument in Missing(field.Arguments, node.Arguments))
                {
                    context.ReportError(
                        $"Argument \"{argument.Coordinate}\" of type \"{argument.Type.Print()}\" is required, but it was not provided.",
                        ValidationErrorCodes.RequiredArgumentMissing,
                        SpecSections.RequiredArguments,
                        node);
                }
            }

            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(DirectiveNode node, ValidationContext context)
        {
            if (context.Directive is { Arguments.Count: > 0 } directive)
            {
                foreach (var argument in Missing(directive.Arguments, node.Arguments))
                {
                    context.ReportError(
                        $"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type.Print()}\" is required, but it was not provided.",
                        ValidationErrorCodes.RequiredArgumentMissing,
                        SpecSections.RequiredArguments,
                        node);
                }
            }

            return VisitorAction.Continue;
        }

        private static IEnumerable<Argument> Missing(FieldCollection<Argument> definitions, IReadOnlyList<ArgumentNode> given)
        {
            foreach (var definition in definitions)
            {
                if (definition.IsRequired && !IsGiven(definition.Name, given))
                {
                    yield return definition;
                }
            }
        }

        private static bool IsGiven(string name, IReadOnlyList<ArgumentNode> given)
        {
            for (var i = 0; i < given.Count; i++)
            {
                if (given[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
