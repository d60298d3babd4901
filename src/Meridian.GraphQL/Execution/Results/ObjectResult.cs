using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Meridian.Execution;

/// <summary>
/// The result of a selection set on one object: its fields in selection order. Pooled: it is valid until the
/// <see cref="OperationResult"/> that holds it is disposed. Reading it as a dictionary is for tests and tools; the
/// JSON formatter reads the slots directly. A slot may hold a leaf unboxed (a <see cref="LeafFormat"/> in the value
/// array, its <see cref="LeafPayload"/> beside it); readers of the dictionary see the serialized value.
/// </summary>
public sealed class ObjectResult : ResultData, IReadOnlyDictionary<string, object?>
{
    // The plan's own array (selections included for the request): shared, never written here.
    private Selection[] _selections = [];
    private object?[] _values = new object?[8];
    private LeafPayload[] _leaves = new LeafPayload[8];
    private int _count;

    public int Count => _count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _selections[i].ResponseName;
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return ReadValue(i);
            }
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no field \"{key}\".");

    internal Selection GetSelection(int index) => _selections[index];

    /// <summary>The slot as stored: a <see cref="LeafFormat"/> stands for the leaf in <see cref="GetLeaf"/>.</summary>
    internal object? GetRawValue(int index) => _values[index];

    internal ref readonly LeafPayload GetLeaf(int index) => ref _leaves[index];

    /// <summary>Sizes the object for <paramref name="selections"/>, which it keeps (not a copy).</summary>
    internal void Initialize(Selection[] selections)
    {
        var count = selections.Length;
        if (_values.Length < count)
        {
            _values = new object?[count];
            _leaves = new LeafPayload[count];
        }

        _selections = selections;
        _count = count;
    }

    internal override void SetValue(int index, object? value) => _values[index] = value;

    /// <summary>Stores a leaf unboxed; the JSON writer formats it, dictionary readers get it serialized.</summary>
    internal void SetLeaf<T>(int index, LeafFormat<T> format, T value)
        where T : unmanaged
    {
        _values[index] = format;
        _leaves[index] = LeafPayload.From(value);
    }

    internal override Path PathOf(int index) => GetPath().Append(_selections[index].ResponseName);

    internal override void Reset()
    {
        base.Reset();
        _selections = [];
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? ReadValue(index) : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_selections[i].ResponseName, ReadValue(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private object? ReadValue(int index) =>
        _values[index] is LeafFormat leaf ? leaf.ToResultValue(in _leaves[index]) : _values[index];

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_selections[i].ResponseName == key)
            {
                return i;
            }
        }

        return -1;
    }
}
