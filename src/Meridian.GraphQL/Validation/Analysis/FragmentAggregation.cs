using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Completes per-definition summaries through fragment spreads: each fragment's value is computed once (depth-first
/// with an explicit stack, so fragment chains of any length are safe), and a spread that closes a cycle counts as
/// nothing (No Fragment Cycles reports the cycle).
/// </summary>
internal sealed class FragmentAggregation
{
    private readonly Dictionary<string, DefinitionSummary> _fragments;
    private readonly Func<DefinitionSummary, Func<string, double>, double> _combine;
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    private FragmentAggregation(Dictionary<string, DefinitionSummary> fragments, Func<DefinitionSummary, Func<string, double>, double> combine)
    {
        _fragments = fragments;
        _combine = combine;
    }

    /// <summary>Values combine as the deepest of the local value and each spread's offset plus the fragment's value.</summary>
    public static FragmentAggregation Maximum(Dictionary<string, DefinitionSummary> fragments) =>
        new(fragments, static (summary, valueOf) =>
        {
            var result = summary.Local;
            foreach (var (fragment, offset) in summary.Spreads)
            {
                result = Math.Max(result, offset + valueOf(fragment));
            }

            return result;
        });

    /// <summary>Values combine as the local value plus each spread's factor times the fragment's value.</summary>
    public static FragmentAggregation Sum(Dictionary<string, DefinitionSummary> fragments) =>
        new(fragments, static (summary, valueOf) =>
        {
            var result = summary.Local;
            foreach (var (fragment, factor) in summary.Spreads)
            {
                result += factor * valueOf(fragment);
            }

            return result;
        });

    /// <summary>The value of an operation: its own summary completed with the values of the fragments it spreads.</summary>
    public double Resolve(DefinitionSummary operation)
    {
        foreach (var (fragment, _) in operation.Spreads)
        {
            ResolveFragment(fragment);
        }

        return _combine(operation, ValueOf);
    }

    private double ValueOf(string fragment) => _values.GetValueOrDefault(fragment);

    private void ResolveFragment(string root)
    {
        if (_values.ContainsKey(root) || !_fragments.ContainsKey(root))
        {
            return;
        }

        var onPath = new HashSet<string>(StringComparer.Ordinal) { root };
        var frames = new Stack<(string Name, int Next)>();
        frames.Push((root, 0));
        while (frames.TryPop(out var frame))
        {
            var spreads = _fragments[frame.Name].Spreads;
            var next = frame.Next;
            while (next < spreads.Count && !NeedsVisit(spreads[next].Fragment, onPath))
            {
                next++;
            }

            if (next < spreads.Count)
            {
                var child = spreads[next].Fragment;
                frames.Push((frame.Name, next + 1));
                frames.Push((child, 0));
                onPath.Add(child);
                continue;
            }

            // Every spread is resolved or closes a cycle (not yet in _values, so it counts as zero).
            _values[frame.Name] = _combine(_fragments[frame.Name], ValueOf);
            onPath.Remove(frame.Name);
        }
    }

    private bool NeedsVisit(string fragment, HashSet<string> onPath) =>
        !_values.ContainsKey(fragment) && !onPath.Contains(fragment) && _fragments.ContainsKey(fragment);
}
