using System.Reflection;

namespace Meridian.Execution;

/// <summary>
/// Reads a leaf field from a parent of one CLR type through a compiled typed accessor (no boxing) and completes it
/// into its slot, or writes it as JSON (<see cref="LeafStore{T}"/>). A null completes here only when the field is
/// nullable; in a non-null field it goes to the general completion, which reports it.
/// </summary>
internal abstract class LeafFieldReader : FlatValueWriter
{
    protected LeafFieldReader(MemberInfo member)
    {
        Member = member;
    }

    /// <summary>The parent's property, field or method that is read (for compiled writers, <see cref="FlatObjectWriterCompiler"/>).</summary>
    public MemberInfo Member { get; }

    /// <summary>The <see cref="LeafStore{T}"/> the values read are completed and written by (for compiled writers).</summary>
    public abstract object Store { get; }

    /// <summary>Whether the field is nullable: a null read is written as null instead of going to the general completion.</summary>
    public abstract bool IsNullable { get; }

    /// <summary>
    /// Completes the field of <paramref name="parent"/> into the slot; false when the value read needs the general
    /// completion, which then gets it in <paramref name="value"/> (boxed), so the member is read only once.
    /// </summary>
    public abstract bool TryComplete(object parent, ObjectResult container, int index, out object? value);
}

internal sealed class LeafFieldReader<T>(MemberInfo member, Func<object, T> read, LeafStore<T> store, bool nullable) : LeafFieldReader(member)
{
    public override object Store => store;

    public override bool IsNullable => nullable;

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

    public override bool TryWrite(object parent, ref ResultJsonWriter writer) => TryWriteValue(read(parent), ref writer);

    /// <summary>Writes a value read from the member; false when it needs the general completion.</summary>
    public bool TryWriteValue(T value, ref ResultJsonWriter writer)
    {
        if (value is not null)
        {
            return store.TryWrite(value, ref writer);
        }

        if (nullable)
        {
            writer.WriteNull();
        }

        return nullable;
    }
}
