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

    private sealed class Visitor(int maxDepth, bool excludeIntrospection) : OperationMeasureVisitor(maxDepth)
    {
        private int _depth;

        protected override double SpreadFactor => _depth;

        protected override FragmentAggregation Aggregate(Dictionary<string, DefinitionSummary> fragments) =>
            FragmentAggregation.Maximum(fragments);

        protected override void Begin(OperationDefinitionNode? operation) => _depth = 0;

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (excludeIntrospection && node.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return VisitorAction.Skip;
            }

            _depth++;
            Current.Local = Math.Max(Current.Local, _depth);
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(FieldNode node, ValidationContext context)
        {
            _depth--;
            return VisitorAction.Continue;
        }

        protected override IError CreateError(OperationDefinitionNode operation, string subject, double value) =>
            ErrorBuilder.New()
                .SetMessage($"{subject} has an execution depth of {value.ToString(CultureInfo.InvariantCulture)}, which exceeds the maximum allowed depth of {maxDepth.ToString(CultureInfo.InvariantCulture)}.")
                .SetCode(ValidationErrorCodes.MaxExecutionDepthExceeded)
                .AddLocation(operation)
                .SetExtension("depth", (int)value)
                .SetExtension("maxDepth", maxDepth)
                .Build();
    }
}
