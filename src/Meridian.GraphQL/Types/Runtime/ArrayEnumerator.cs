namespace Meridian.Types;

/// <summary>An allocation-free enumerator over the arrays behind the schema's read-only collections.</summary>
public struct ArrayEnumerator<T>
{
    private readonly T[] _items;
    private int _index;

    internal ArrayEnumerator(T[] items)
    {
        _items = items;
        _index = -1;
    }

    public readonly T Current => _items[_index];

    public bool MoveNext() => ++_index < _items.Length;
}
