using System.Collections.Concurrent;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>The planned fields of a selection set for one object type, in the order they are first selected.</summary>
internal sealed class SelectionSetPlan
{
    private readonly ConcurrentDictionary<Type, ObjectLeafReaders> _leafReaders = new();
    private readonly Func<Type, ObjectLeafReaders> _createLeafReaders;
    private ObjectLeafReaders? _lastLeafReaders;
    private FlatLayoutOnce? _flatLayout;

    public SelectionSetPlan(ObjectType objectType, Selection[] selections)
    {
        ObjectType = objectType;
        Selections = selections;
        foreach (var selection in selections)
        {
            HasConditions |= selection.Conditions is not null;
            HasEagerLeaves |= selection.EagerLeaf is not null;
        }

        _createLeafReaders = parentType => new ObjectLeafReaders(this, parentType);
    }

    public ObjectType ObjectType { get; }

    public Selection[] Selections { get; }

    /// <summary>True when some selection depends on a @skip/@include variable.</summary>
    public bool HasConditions { get; }

    /// <summary>True when some selection is a leaf the default resolver reads (<see cref="Selection.EagerLeaf"/>).</summary>
    public bool HasEagerLeaves { get; }

    /// <summary>
    /// How objects of this selection set are written as JSON during execution; null when they are not flat. Found on
    /// first use (it plans the selection sets of nested objects), then kept: a selection set is always reached at the
    /// same <paramref name="depth"/> of nested flat objects (0 for the items of a list).
    /// </summary>
    public FlatObjectLayout? GetFlatLayout(int depth) =>
        (Volatile.Read(ref _flatLayout) ?? Interlocked.CompareExchange(ref _flatLayout, new FlatLayoutOnce(FlatObjectLayout.TryCreate(this, depth)), null) ?? _flatLayout!).Layout;

    /// <summary>The selections included for these variables (allocates only when some depend on variables).</summary>
    public IReadOnlyList<ISelection> GetIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (!HasConditions)
        {
            return Selections;
        }

        var included = new List<ISelection>(Selections.Length);
        foreach (var selection in Selections)
        {
            if (selection.IsIncluded(variables))
            {
                included.Add(selection);
            }
        }

        return included;
    }

    /// <summary>The typed readers of the eager leaves for parents of <paramref name="parentType"/>, found once per type.</summary>
    public ObjectLeafReaders GetLeafReaders(Type parentType)
    {
        var last = _lastLeafReaders;
        if (last is null || last.ParentType != parentType)
        {
            last = _leafReaders.GetOrAdd(parentType, _createLeafReaders);
            _lastLeafReaders = last;
        }

        return last;
    }

    private sealed record FlatLayoutOnce(FlatObjectLayout? Layout);
}
