using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// A selection set collected for merging checks: its fields by response name (through inline fragments, not
/// through spreads) and the names of the fragments it spreads, each once. The fields of a response name are also
/// kept without repeats (<see cref="Distinct"/>), since identical fields cannot conflict with each other and
/// conflict with a third field alike.
/// </summary>
internal sealed class FieldsAndFragments
{
    private Dictionary<string, FieldGroup>? _distinct;
    private HashSet<string>? _fragmentNameSet;

    public FieldsAndFragments(int selectionCount)
    {
        // Sized for the selection set's own selections (up to a point: repeated names need fewer entries), so that a
        // wide selection is copied less while it grows.
        FieldMap = new OrderedDictionary<string, FieldGroup>(Math.Min(selectionCount, 128), StringComparer.Ordinal);
    }

    public OrderedDictionary<string, FieldGroup> FieldMap { get; }

    public List<string> FragmentNames { get; } = [];

    /// <summary>Adds the name of a spread fragment unless it is there already.</summary>
    public void AddFragmentName(string name)
    {
        // A handful of spreads is searched in the list; past that a set keeps repeated spreads cheap.
        if (_fragmentNameSet is not null ? !_fragmentNameSet.Add(name) : FragmentNames.Contains(name))
        {
            return;
        }

        FragmentNames.Add(name);
        if (_fragmentNameSet is null && FragmentNames.Count > 8)
        {
            _fragmentNameSet = new HashSet<string>(FragmentNames, StringComparer.Ordinal);
        }
    }

    /// <summary>Adds a field under its response name.</summary>
    public void Add(string responseName, FieldAndDefinition field)
    {
        var index = FieldMap.IndexOf(responseName);
        if (index < 0)
        {
            FieldMap.Add(responseName, new FieldGroup(field));
            return;
        }

        var group = FieldMap.GetAt(index).Value;
        group.Add(field);
        FieldMap.SetAt(index, group);
    }

    /// <summary>The fields of <paramref name="responseName"/>, one of each set of identical fields, in document order.</summary>
    public FieldGroup Distinct(string responseName, FieldGroup fields, FieldIdentity identity)
    {
        if (fields.Count < 2)
        {
            return fields;
        }

        _distinct ??= new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        if (!_distinct.TryGetValue(responseName, out var distinct))
        {
            distinct = identity.RemoveIdentical(fields);
            _distinct[responseName] = distinct;
        }

        return distinct;
    }
}
