using System.Globalization;
using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Beyond the specification (Hot Chocolate's max execution depth): an operation may not nest fields deeper than
/// <see cref="ValidationOptions.MaxExecutionDepth"/>, counting through fragments. Introspection fields can be left
/// out of the count (<see cref="ValidationOptions.ExcludeIntrospectionFromDepth"/>).
/// </summary>
public sealed class MaxExecutionDepthRule : IValidationRule
{
    public ValidationVisitor? CreateVisitor(ValidationContext context) =>
        context.Options.MaxExecutionDepth is { } maxDepth ? new Visitor(maxDepth, context.Options.ExcludeIntrospectionFromDepth) : null;

    private sealed class Visitor(int maxDepth, bool excludeIntrospection) : ValidationVisitor
    {
        private readonly SummaryCollector _summaries = new();
        private int _depth;

        protected override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
        {
            _summaries.Begin(node);
            _depth = 0;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context)
        {
            _summaries.Begin(node);
            _depth = 0;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (excludeIntrospection && node.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return VisitorAction.Skip;
            }

            _depth++;
            _summaries.Current.Local = Math.Max(_summaries.Current.Local, _depth);
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(FieldNode node, ValidationContext context)
        {
            _depth--;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
        {
            _summaries.Current.Spreads.Add((node.Name.Value, _depth));
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(DocumentNode node, ValidationContext context)
        {
            var aggregation = FragmentAggregation.Maximum(_summaries.Fragments);
            foreach (var (operation, summary) in _summaries.Operations)
            {
                var depth = aggregation.Resolve(summary);
                if (depth <= maxDepth)
                {
                    continue;
                }

                var subject = operation.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
                context.ReportError(ErrorBuilder.New()
                    .SetMessage($"{subject} has an execution depth of {depth.ToString(CultureInfo.InvariantCulture)}, which exceeds the maximum allowed depth of {maxDepth.ToString(CultureInfo.InvariantCulture)}.")
                    .SetCode(ValidationErrorCodes.MaxExecutionDepthExceeded)
                    .AddLocation(operation)
                    .SetExtension("depth", (int)depth)
                    .SetExtension("maxDepth", maxDepth)
                    .Build());
            }

            return VisitorAction.Continue;
        }
    }
}
