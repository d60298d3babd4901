namespace Meridian.Execution;

/// <summary>
/// Reads a leaf field from a parent of one CLR type through a compiled typed accessor (no boxing) and completes it
/// into its slot (<see cref="LeafStore{T}"/>).
/// </summary>
internal abstract class LeafFieldReader
{
    /// <summary>
    /// Completes the field of <paramref name="parent"/> into the slot; false when the value read needs the general
    /// completion, which then gets it in <paramref name="value"/> (boxed), so the member is read only once.
    /// </summary>
    public abstract bool TryComplete(object parent, ObjectResult container, int index, out object? value);
}

internal sealed class LeafFieldReader<T>(Func<object, T> read, LeafStore<T> store) : LeafFieldReader
{
    public override bool TryComplete(object parent, ObjectResult container, int index, out object? value)
    {
        var resolved = read(parent);
        if (store.TryStore(resolved, container, index))
        {
            value = null;
            return true;
        }

        value = resolved;
        return false;
    }
}

/// <summary>A reader of a <see cref="Nullable{T}"/> member: null goes to the general completion.</summary>
internal sealed class NullableLeafFieldReader<T>(Func<object, T?> read, LeafStore<T> store) : LeafFieldReader
    where T : struct
{
    public override bool TryComplete(object parent, ObjectResult container, int index, out object? value)
    {
        var resolved = read(parent);
        if (resolved is { } present && store.TryStore(present, container, index))
        {
            value = null;
            return true;
        }

        value = resolved;
        return false;
    }
}
