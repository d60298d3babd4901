namespace Meridian.Execution;

/// <summary>Writes the value of one field of a flat object as JSON, read from the parent (<see cref="FlatJsonWriter"/>).</summary>
internal abstract class FlatValueWriter
{
    /// <summary>Writes the field of <paramref name="parent"/>; false when its value needs the general completion.</summary>
    public abstract bool TryWrite(object parent, ref ResultJsonWriter writer);
}
