namespace Meridian.Conformance;

/// <summary>
/// The cases a suite lists as not applicable to Meridian, by case id (for graphql-cats: scenario file and test name,
/// never a position). Listed cases still run, and the list is checked on every run: a listed case that passes, fails
/// otherwise than its <see cref="SkippedCase.KnownFailure"/> says, or no longer exists is reported as a failure, so
/// that a skip hides neither a fix nor a new fault.
/// </summary>
public sealed class SkipList
{
    private readonly Dictionary<string, SkippedCase> _cases;

    public SkipList(params IEnumerable<SkippedCase> cases)
    {
        _cases = cases.ToDictionary(c => c.CaseId, StringComparer.Ordinal);
    }

    public static SkipList None { get; } = new();

    /// <summary>The results with the listed cases turned into skips, or into failures where the list no longer holds.</summary>
    public IReadOnlyList<CaseResult> Apply(IReadOnlyList<CaseResult> results)
    {
        var applied = results.Select(Apply).ToList();
        var ran = results.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        applied.AddRange(_cases.Keys
            .Where(id => !ran.Contains(id))
            .Select(id => CaseResult.Fail(id, "is on the skip list, but no such case ran: remove it from there")));
        return applied;
    }

    private CaseResult Apply(CaseResult result)
    {
        if (!_cases.TryGetValue(result.Id, out var skipped))
        {
            return result;
        }

        if (result.Passed)
        {
            return CaseResult.Fail(result.Id, "passes, but is on the skip list: remove it from there");
        }

        return result.Note?.StartsWith(skipped.KnownFailure, StringComparison.Ordinal) == true
            ? CaseResult.Skip(result.Id, skipped.Reason)
            : CaseResult.Fail(result.Id, $"is on the skip list for the failure \"{skipped.KnownFailure}…\", but fails otherwise: {result.Note}");
    }
}
