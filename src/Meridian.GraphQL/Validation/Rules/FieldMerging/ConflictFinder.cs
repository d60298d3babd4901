using System.Runtime.CompilerServices;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// Finds fields that share a response name but cannot be merged (§5.3.2 FieldsInSetCanMerge and SameResponseShape),
/// with graphql-js's strategy: each selection set compares the fields "within" it once; everything else is compared
/// "between" two collections (a set and a fragment, two fragments, the sub-selections of two fields); collections
/// are built once per selection set; fragment pairs are compared once. On top of that, identical fields are compared
/// once, so a thousand repeated fields cost a thousand steps, not half a million. Fragment-to-fragment comparisons
/// use a work list; the remaining recursion follows field nesting and is guarded against stack exhaustion.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _collected = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly FieldIdentity _identity = new();

    // As graphql-js 17: a document that needs more field comparisons than this is given up as too complex.
    private const int ComparisonBudget = 500_000;

    private int _comparisons;

    /// <summary>True when comparisons were cut short because fields nest too deeply through fragments.</summary>
    public bool StackExhausted { get; private set; }

    /// <summary>True when comparisons were cut short because the document needs too many of them.</summary>
    public bool BudgetExhausted => _comparisons > ComparisonBudget;

    /// <summary>The conflicts within one selection set of the document, including through the fragments it spreads.</summary>
    public List<FieldConflict> FindWithin(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = Collect(parentType, selectionSet);

        // Each conflict found here becomes an error: there is no point finding more than can still be reported.
        _remainingReports = Math.Max(1, context.Options.MaxErrors) - context.Errors.Count + 1;

        // (A) The fields of this set among themselves: the only "within" comparison.
        CollectWithin(conflicts, collected);

        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count == 0)
        {
            return conflicts;
        }

        var discovered = new List<(string Fragment, string Referenced)>();
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) The fields of this set against each fragment it spreads.
            CollectBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i], discovered);

            // (C) Each spread fragment against every other one spread here.
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        ProcessDiscoveredFragments(conflicts, false, collected, discovered);
        return conflicts;
    }

    private void CollectWithin(List<FieldConflict> conflicts, FieldsAndFragments collected)
    {
        foreach (var (responseName, allFields) in collected.FieldMap)
        {
            var fields = collected.Distinct(responseName, allFields, _identity);
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (IsStopped)
                    {
                        return;
                    }

                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                        if (conflicts.Count >= _remainingReports)
                        {
                            return;
                        }
                    }
                }
            }
        }
    }

    // Assumes each collection was already compared within itself (every selection set is visited).
    private void CollectBetween(List<FieldConflict> conflicts, bool mutuallyExclusive, FieldsAndFragments collected1, FieldsAndFragments collected2)
    {
        foreach (var (responseName, allFields1) in collected1.FieldMap)
        {
            if (!collected2.FieldMap.TryGetValue(responseName, out var allFields2))
            {
                continue;
            }

            var fields1 = collected1.Distinct(responseName, allFields1, _identity);
            var fields2 = collected2.Distinct(responseName, allFields2, _identity);
            for (var i = 0; i < fields1.Count; i++)
            {
                for (var j = 0; j < fields2.Count; j++)
                {
                    if (IsStopped)
                    {
                        return;
                    }

                    if (!_identity.AreIdentical(fields1[i], fields2[j])
                        && FindConflict(mutuallyExclusive, responseName, fields1[i], fields2[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetweenFieldsAndFragment(
        List<FieldConflict> conflicts,
        bool mutuallyExclusive,
        FieldsAndFragments collected,
        string fragmentName,
        List<(string Fragment, string Referenced)> discovered)
    {
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentCollected = CollectFragment(fragment);
        if (ReferenceEquals(collected, fragmentCollected))
        {
            return;
        }

        // (D) The fields against the fragment's fields; (E) the fragments it spreads come later, from the list.
        CollectBetween(conflicts, mutuallyExclusive, collected, fragmentCollected);
        foreach (var referenced in fragmentCollected.FragmentNames)
        {
            discovered.Add((fragmentName, referenced));
        }
    }

    private void ProcessDiscoveredFragments(
        List<FieldConflict> conflicts,
        bool mutuallyExclusive,
        FieldsAndFragments collected,
        List<(string Fragment, string Referenced)> discovered)
    {
        while (discovered.Count > 0 && !IsStopped)
        {
            var (fragmentName, referenced) = discovered[^1];
            discovered.RemoveAt(discovered.Count - 1);
            if (_comparedFragmentPairs.Contains(referenced, fragmentName, mutuallyExclusive))
            {
                continue;
            }

            _comparedFragmentPairs.Add(referenced, fragmentName, mutuallyExclusive);
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referenced, discovered);
        }
    }

    private void CollectBetweenFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        // (F, G) A work list in place of graphql-js's recursion, visiting pairs in the same depth-first order.
        var pending = new Stack<(string, string)>();
        pending.Push((fragmentName1, fragmentName2));
        while (pending.TryPop(out var pair) && !IsStopped)
        {
            var (name1, name2) = pair;
            if (name1 == name2 || _comparedFragmentPairs.Contains(name1, name2, mutuallyExclusive))
            {
                continue;
            }

            _comparedFragmentPairs.Add(name1, name2, mutuallyExclusive);
            _comparisons++;
            if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
            {
                continue;
            }

            var collected1 = CollectFragment(fragment1);
            var collected2 = CollectFragment(fragment2);
            CollectBetween(conflicts, mutuallyExclusive, collected1, collected2);

            for (var i = collected1.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((collected1.FragmentNames[i], name2));
            }

            for (var i = collected2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((name1, collected2.FragmentNames[i]));
            }
        }
    }

    private List<FieldConflict> FindBetweenSubSelections(
        bool mutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var collected2 = Collect(parentType2, selectionSet2);

        // (H) The two sets of fields against each other.
        CollectBetween(conflicts, mutuallyExclusive, collected1, collected2);

        // (I) Each set of fields against the fragments the other spreads.
        var discovered = new List<(string Fragment, string Referenced)>();
        foreach (var fragmentName in collected2.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, fragmentName, discovered);
        }

        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, collected1, discovered);
        foreach (var fragmentName in collected1.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, fragmentName, discovered);
        }

        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, collected2, discovered);

        // (J) The fragments of one against the fragments of the other.
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private int _remainingReports = int.MaxValue;

    private bool IsStopped => context.IsAborted || StackExhausted || BudgetExhausted;

    // Called before each comparison of two fields: false when the stack or the budget is used up.
    private bool CanCompare()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            StackExhausted = true;
        }

        _comparisons++;
        return !IsStopped;
    }
}
