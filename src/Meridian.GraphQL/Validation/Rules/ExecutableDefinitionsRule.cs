using Meridian.Language;

namespace Meridian.Validation;

/// <summary>§5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(DocumentNode node, ValidationContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is IExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    INamedSyntaxNode named => $"\"{named.Name.Value}\"",
                    _ => definition.Kind.ToString(),
                };

                context.ReportError(
                    $"The {name} definition is not executable.",
                    ValidationErrorCodes.NonExecutableDefinition,
                    SpecSections.ExecutableDefinitions,
                    definition);
            }

            return VisitorAction.Skip;
        }
    }
}
