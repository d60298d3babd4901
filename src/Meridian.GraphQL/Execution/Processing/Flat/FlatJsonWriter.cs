using System.Buffers;
using System.Collections;

namespace Meridian.Execution;

/// <summary>Writes lists and objects of flat selection sets as JSON (see <c>OperationContext.TryWriteFlatList</c>).</summary>
internal static class FlatJsonWriter
{
    /// <summary>
    /// Writes <c>[{…},…]</c> into <paramref name="output"/>; false, with part of it written (left unused), as soon as
    /// an item cannot be written this way.
    /// </summary>
    public static bool TryWriteList(IList items, bool itemsNonNull, SelectionSetPlan plan, FlatObjectLayout layout, IBufferWriter<byte> output)
    {
        var writer = new ResultJsonWriter(output);
        object?[]? copy = null;
        try
        {
            writer.WriteByte((byte)'[');

            // Arrays of any reference type (covariance) are read directly; other lists are copied into one first (one
            // call), since their non-generic indexer is an interface call through a dispatch stub per item.
            var count = items.Count;
            var array = items as object?[] ?? (copy = TryCopy(items, count));
            if (array is not null)
            {
                items = array;
            }

            // The writers of the last item's type, which check the next item's type themselves: the compiled one of
            // a run of items (there is none before the first item) writes until an item of another type or a null,
            // which is written here.
            FlatObjectWriter? write = null;
            FlatItemsWriter? writeItems = null;
            for (var index = 0; index < count; index++)
            {
                if (writeItems is not null)
                {
                    var written = writeItems(items, count, ref index, ref writer);
                    if (written == FlatWriteResult.NeedsCompletion)
                    {
                        return false;
                    }

                    if (index == count)
                    {
                        break;
                    }
                }

                if (!TryWriteItem(array is null ? items[index] : array[index], index, count, itemsNonNull, plan, layout, ref write, ref writeItems, ref writer))
                {
                    return false;
                }
            }

            writer.WriteByte((byte)']');
            return true;
        }
        catch (Exception)
        {
            // A getter or an indexer that throws: the general completion reads the list again and reports it.
            return false;
        }
        finally
        {
            writer.Flush();
            if (copy is not null)
            {
                ArrayPool<object?>.Shared.Return(copy, clearArray: true);
            }
        }
    }

    // The list's items in a pooled array; null for a list that cannot copy itself (it is read item by item).
    private static object?[]? TryCopy(IList items, int count)
    {
        var copy = ArrayPool<object?>.Shared.Rent(count);
        try
        {
            items.CopyTo(copy, 0);
            return copy;
        }
        catch (Exception exception) when (exception is NotSupportedException or NotImplementedException or ArgumentException or InvalidCastException)
        {
            ArrayPool<object?>.Shared.Return(copy, clearArray: true);
            return null;
        }
    }

    /// <summary>
    /// Writes <paramref name="item"/> as an object of the flat selection set; false when some field of it needs the
    /// general completion.
    /// </summary>
    public static bool TryWriteObject(object item, SelectionSetPlan plan, FlatObjectLayout layout, ref ResultJsonWriter writer) =>
        plan.GetLeafReaders(item.GetType()).GetFlatWriter(layout, writes: 1, out _) is { } write
        && write(item, ref writer) == FlatWriteResult.Written;

    /// <summary>Writes the values of <paramref name="item"/> one by one through their writers (what compiled writers do inline).</summary>
    public static bool TryWriteValues(object item, FlatObjectLayout layout, FlatValueWriter[] values, ref ResultJsonWriter writer)
    {
        var segments = layout.Segments;
        writer.WriteRaw(segments[0]);
        for (var i = 0; i < values.Length; i++)
        {
            if (!values[i].TryWrite(item, ref writer))
            {
                return false;
            }

            writer.WriteRaw(segments[i + 1]);
        }

        return true;
    }

    private static bool TryWriteItem(
        object? item,
        int index,
        int count,
        bool itemsNonNull,
        SelectionSetPlan plan,
        FlatObjectLayout layout,
        ref FlatObjectWriter? write,
        ref FlatItemsWriter? writeItems,
        ref ResultJsonWriter writer)
    {
        if (index > 0)
        {
            writer.WriteByte((byte)',');
        }

        if (item is null)
        {
            if (!itemsNonNull)
            {
                writer.WriteNull();
            }

            return !itemsNonNull;
        }

        var result = write is null ? FlatWriteResult.OtherType : write(item, ref writer);
        if (result == FlatWriteResult.OtherType)
        {
            // The first item, or one of another type than the one before: its type's writer, for the items left.
            write = plan.GetLeafReaders(item.GetType()).GetFlatWriter(layout, writes: count - index, out writeItems);
            result = write is null ? FlatWriteResult.NeedsCompletion : write(item, ref writer);
        }

        return result == FlatWriteResult.Written;
    }
}
