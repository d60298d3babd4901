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
    private Dictionary<string, List<FieldAndDefinition>>? _distinct;

    public OrderedDictionary<string, List<FieldAndDefinition>> FieldMap { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>The fields of <paramref name="responseName"/>, one of each set of identical fields, in document order.</summary>
    public List<FieldAndDefinition> Distinct(string responseName, List<FieldAndDefinition> fields, FieldIdentity identity)
    {
        if (fields.Count < 2)
        {
            return fields;
        }

        _distinct ??= new Dictionary<string, List<FieldAndDefinition>>(StringComparer.Ordinal);
        if (!_distinct.TryGetValue(responseName, out var distinct))
        {
            distinct = identity.RemoveIdentical(fields);
            _distinct[responseName] = distinct;
        }

        return distinct;
    }
}
