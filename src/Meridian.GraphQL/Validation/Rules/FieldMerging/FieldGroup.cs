namespace Meridian.Validation;

/// <summary>
/// The fields of one response name. Most response names have one field, which is held inline, so that collecting a
/// selection set of a thousand distinct names does not allocate a thousand lists.
/// </summary>
internal struct FieldGroup
{
    private FieldAndDefinition _first;
    private List<FieldAndDefinition>? _all;

    public FieldGroup(FieldAndDefinition field)
    {
        _first = field;
        Count = 1;
    }

    public int Count { get; private set; }

    public readonly FieldAndDefinition this[int index] => _all is null ? _first : _all[index];

    public void Add(FieldAndDefinition field)
    {
        if (Count == 0)
        {
            _first = field;
        }
        else
        {
            _all ??= [_first];
            _all.Add(field);
        }

        Count++;
    }
}
