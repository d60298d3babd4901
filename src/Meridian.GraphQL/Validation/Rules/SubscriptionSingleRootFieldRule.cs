using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.2.4.1 Single Root Field: a subscription selects exactly one root field (counting through fragments), which is
/// not an introspection field, and its root selections use neither <c>@skip</c> nor <c>@include</c>.
/// </summary>
public sealed class SubscriptionSingleRootFieldRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitorAction.Continue;
            }

            var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var collected = SubscriptionFieldCollector.Collect(context, subscriptionType, node.SelectionSet);
            if (collected.ConditionalDirectives.Count > 0)
            {
                context.ReportError(
                    $"{subject} must not use \"@skip\" or \"@include\" directives in the top level selection.",
                    ValidationErrorCodes.SubscriptionRootFieldInvalid,
                    SpecSections.SingleRootField,
                    [.. collected.ConditionalDirectives]);
            }

            if (collected.FieldsByResponseName.Count > 1)
            {
                var extraFields = new List<ISyntaxNode>();
                for (var i = 1; i < collected.FieldsByResponseName.Count; i++)
                {
                    extraFields.AddRange(collected.FieldsByResponseName.GetAt(i).Value);
                }

                context.ReportError(
                    $"{subject} must select only one top level field.",
                    ValidationErrorCodes.SubscriptionRootFieldInvalid,
                    SpecSections.SingleRootField,
                    [.. extraFields]);
            }

            foreach (var (_, fields) in collected.FieldsByResponseName)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        $"{subject} must not select an introspection top level field.",
                        ValidationErrorCodes.SubscriptionRootFieldInvalid,
                        SpecSections.SingleRootField,
                        [.. fields]);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
