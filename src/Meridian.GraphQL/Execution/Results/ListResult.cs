using System.Collections;

namespace Meridian.Execution;

/// <summary>The completed items of a list field. Pooled like <see cref="ObjectResult"/>.</summary>
public sealed class ListResult : ResultData, IReadOnlyList<object?>
{
    private object?[] _items = new object?[16];
    private int _count;

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends a null slot and returns its index; completion then fills it.</summary>
    internal int AddSlot()
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        return _count++;
    }

    internal void EnsureCapacity(int capacity)
    {
        if (_items.Length < capacity)
        {
            Array.Resize(ref _items, capacity);
        }
    }

    internal object? GetValue(int index) => _items[index];

    internal override void SetValue(int index, object? value) => _items[index] = value;

    internal override Path PathOf(int index) => GetPath().Append(index);

    internal override void Reset()
    {
        base.Reset();
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
