namespace Meridian.Execution;

/// <summary>
/// Reads a leaf field from a parent of one CLR type through a compiled typed accessor (no boxing) and completes it
/// into its slot, or writes it as JSON (<see cref="LeafStore{T}"/>). A null completes here only when the field is
/// nullable; in a non-null field it goes to the general completion, which reports it.
/// </summary>
internal abstract class LeafFieldReader : FlatValueWriter
{
    /// <summary>
    /// Completes the field of <paramref name="parent"/> into the slot; false when the value read needs the general
    /// completion, which then gets it in <paramref name="value"/> (boxed), so the member is read only once.
    /// </summary>
    public abstract bool TryComplete(object parent, ObjectResult container, int index, out object? value);
}

internal sealed class LeafFieldReader<T>(Func<object, T> read, LeafStore<T> store, bool nullable) : LeafFieldReader
{
    public override bool TryComplete(object parent, ObjectResult container, int index, out object? value)
    {
        var resolved = read(parent);
        value = null;
        if (resolved is not null)
        {
            if (store.TryStore(resolved, container, index))
            {
                return true;
            }

            value = resolved;
            return false;
        }

        container.SetValue(index, null);
        return nullable;
    }

    public override bool TryWrite(object parent, ref ResultJsonWriter writer)
    {
        var resolved = read(parent);
        if (resolved is not null)
        {
            return store.TryWrite(resolved, ref writer);
        }

        if (nullable)
        {
            writer.WriteNull();
        }

        return nullable;
    }
}
