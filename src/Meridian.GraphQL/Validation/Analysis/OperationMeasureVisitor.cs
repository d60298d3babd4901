using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// The shared part of the limits that measure operations through their fragments (depth, cost): each definition is
/// measured on its own during the walk, spreads are recorded with the factor that applies at them, and when the
/// document is left every operation's total is resolved and compared with the limit.
/// </summary>
internal abstract class OperationMeasureVisitor(double limit) : ValidationVisitor
{
    private readonly SummaryCollector _summaries = new();

    /// <summary>The highest value an operation may have.</summary>
    protected double Limit { get; } = limit;

    /// <summary>The summary of the definition being walked.</summary>
    protected DefinitionSummary Current => _summaries.Current;

    /// <summary>The offset or factor that applies to a fragment spread at the current position.</summary>
    protected abstract double SpreadFactor { get; }

    /// <summary>How fragment values combine into an operation's value.</summary>
    protected abstract FragmentAggregation Aggregate(Dictionary<string, DefinitionSummary> fragments);

    /// <summary>Resets the per-definition state when a definition starts (the operation, or null for a fragment).</summary>
    protected abstract void Begin(OperationDefinitionNode? operation);

    /// <summary>The error for an operation whose value is over the limit.</summary>
    protected abstract IError CreateError(OperationDefinitionNode operation, string subject, double value);

    protected sealed override VisitorAction Enter(OperationDefinitionNode node, ValidationContext context)
    {
        _summaries.Begin(node);
        Begin(node);
        return VisitorAction.Continue;
    }

    protected sealed override VisitorAction Enter(FragmentDefinitionNode node, ValidationContext context)
    {
        _summaries.Begin(node);
        Begin(null);
        return VisitorAction.Continue;
    }

    protected sealed override VisitorAction Enter(FragmentSpreadNode node, ValidationContext context)
    {
        Current.Spreads.Add((node.Name.Value, SpreadFactor));
        return VisitorAction.Continue;
    }

    protected sealed override VisitorAction Leave(DocumentNode node, ValidationContext context)
    {
        var aggregation = Aggregate(_summaries.Fragments);
        foreach (var (operation, summary) in _summaries.Operations)
        {
            var value = aggregation.Resolve(summary);
            if (value > Limit)
            {
                var subject = operation.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
                context.ReportError(CreateError(operation, subject, value));
            }
        }

        return VisitorAction.Continue;
    }
}
