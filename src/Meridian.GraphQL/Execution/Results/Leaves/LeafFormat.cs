namespace Meridian.Execution;

/// <summary>
/// How a leaf kept unboxed in a result slot (<see cref="LeafPayload"/>) is written to JSON, and what serialized value
/// it stands for when the result is read as a dictionary. The executor stores such leaves for fields it reads straight
/// from a property (<see cref="LeafFieldReader"/>), so that completing an <c>Int</c> or a <c>DateTime</c> allocates
/// neither a box nor a string; the JSON writer formats them into its own buffer.
/// </summary>
internal abstract class LeafFormat
{
    public abstract void Write(ref ResultJsonWriter writer, in LeafPayload payload);

    /// <summary>The value the scalar's <c>Serialize</c> returns for the stored value (allocates: for readers, not writers).</summary>
    public abstract object ToResultValue(in LeafPayload payload);
}

/// <summary>A <see cref="LeafFormat"/> of values of type <typeparamref name="T"/>.</summary>
internal abstract class LeafFormat<T> : LeafFormat
    where T : unmanaged
{
    public sealed override void Write(ref ResultJsonWriter writer, in LeafPayload payload) => WriteValue(ref writer, payload.Read<T>());

    public sealed override object ToResultValue(in LeafPayload payload) => ToResultValue(payload.Read<T>());

    /// <summary>Writes the value as the JSON of its serialized form (also for lists written during execution).</summary>
    public abstract void WriteValue(ref ResultJsonWriter writer, T value);

    protected abstract object ToResultValue(T value);
}
