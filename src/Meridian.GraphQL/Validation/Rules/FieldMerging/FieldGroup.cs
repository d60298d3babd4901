namespace Meridian.Validation;

/// <summary>
/// The fields of one response name (never empty). Most response names have one field, which is held inline, so that
/// collecting a selection set of a thousand distinct names does not allocate a thousand lists.
/// </summary>
internal struct FieldGroup(FieldAndDefinition first)
{
    private readonly FieldAndDefinition _first = first;
    private List<FieldAndDefinition>? _all;

    public readonly int Count => _all?.Count ?? 1;

    public readonly FieldAndDefinition this[int index] => _all is null ? _first : _all[index];

    public void Add(FieldAndDefinition field)
    {
        _all ??= [_first];
        _all.Add(field);
    }
}
