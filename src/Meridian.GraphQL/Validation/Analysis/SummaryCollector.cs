using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Keeps the summary of the definition being walked, one per operation and one per fragment name (the first
/// definition of a name, as <see cref="ValidationContext.GetFragment"/> resolves spreads).
/// </summary>
internal sealed class SummaryCollector
{
    public List<(OperationDefinitionNode Operation, DefinitionSummary Summary)> Operations { get; } = [];

    public Dictionary<string, DefinitionSummary> Fragments { get; } = new(StringComparer.Ordinal);

    /// <summary>The summary of the definition being walked; a throwaway one for a repeated fragment name.</summary>
    public DefinitionSummary Current { get; private set; } = new();

    public void Begin(OperationDefinitionNode operation)
    {
        Current = new DefinitionSummary();
        Operations.Add((operation, Current));
    }

    public void Begin(FragmentDefinitionNode fragment)
    {
        Current = new DefinitionSummary();
        Fragments.TryAdd(fragment.Name.Value, Current);
    }
}
