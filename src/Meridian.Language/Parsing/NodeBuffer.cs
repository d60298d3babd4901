using System.Runtime.CompilerServices;

namespace Meridian.Language;

/// <summary>
/// A scratch stack where the parser collects the items of a list before copying them into an array of the exact size,
/// so that each list costs one allocation. Nested lists stack on top of each other. One buffer is kept per thread.
/// </summary>
internal sealed class NodeBuffer
{
    [ThreadStatic]
    private static NodeBuffer? t_cached;

    private object[] _items = new object[64];
    private int _count;
    private int _highWater;

    public int Count => _count;

    public static NodeBuffer Rent()
    {
        var buffer = t_cached ?? new NodeBuffer();
        t_cached = null;
        return buffer;
    }

    public static void Return(NodeBuffer buffer)
    {
        // Drop the references so that a parsed tree is not kept alive by the cache.
        Array.Clear(buffer._items, 0, buffer._highWater);
        buffer._count = 0;
        buffer._highWater = 0;
        if (buffer._items.Length <= 4096)
        {
            t_cached = buffer;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(object item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
        if (_count > _highWater)
        {
            _highWater = _count;
        }
    }

    /// <summary>The items pushed since <paramref name="mark"/>, in order, removed from the stack.</summary>
    public T[] Pop<T>(int mark)
        where T : class
    {
        var length = _count - mark;
        if (length == 0)
        {
            return [];
        }

        var result = new T[length];
        for (var i = 0; i < length; i++)
        {
            // Only T instances are pushed between a mark and its Pop<T>.
            result[i] = Unsafe.As<T>(_items[mark + i]);
        }

        _count = mark;
        return result;
    }
}
