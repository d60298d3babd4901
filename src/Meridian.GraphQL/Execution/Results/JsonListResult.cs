using System.Buffers;
using System.Collections;

namespace Meridian.Execution;

/// <summary>
/// A list of flat objects (<see cref="FlatObjectLayout"/>) that the executor wrote as JSON while completing it,
/// instead of building an <see cref="ObjectResult"/> per item: the JSON writer copies its bytes. Pooled like
/// <see cref="ListResult"/>. Read as a list (tests and tools), it holds the same values as the list the general
/// completion builds: objects whose fields are the serialized leaves, read back from the JSON on first use.
/// </summary>
public sealed class JsonListResult : ResultData, IReadOnlyList<object?>
{
    private ArrayBufferWriter<byte>? _buffer;
    private int _start;
    private int _length;
    private SelectionSetPlan? _plan;
    private object?[]? _items;

    public int Count => Items.Length;

    public object? this[int index] => (uint)index < (uint)Items.Length ? Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The list's JSON text, in UTF-8.</summary>
    internal ReadOnlySpan<byte> Json => _buffer!.WrittenSpan.Slice(_start, _length);

    private object?[] Items => _items ??= FlatJsonReader.ReadList(Json, _plan!);

    internal void Initialize(ArrayBufferWriter<byte> buffer, int start, int length, SelectionSetPlan plan)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
        _plan = plan;
    }

    internal override void SetValue(int index, object? value) =>
        throw new InvalidOperationException("A list written as JSON has no slots to complete.");

    internal override Path PathOf(int index) => GetPath().Append(index);

    internal override void Reset()
    {
        base.Reset();
        _buffer = null;
        _plan = null;
        _items = null;
    }

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
