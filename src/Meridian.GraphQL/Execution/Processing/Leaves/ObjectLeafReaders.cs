namespace Meridian.Execution;

/// <summary>
/// The typed readers of a selection set's eager leaves (<see cref="Selection.EagerLeaf"/>) for parents of one CLR
/// type, found once per (selection set, type) so that completing an object looks up its parent's type once instead
/// of once per field.
/// </summary>
internal sealed class ObjectLeafReaders
{
    private FlatWriterOnce? _flatWriter;

    public ObjectLeafReaders(SelectionSetPlan plan, Type parentType)
    {
        ParentType = parentType;
        ParentTypeHandle = parentType.TypeHandle.Value;
        var selections = plan.Selections;
        BySelection = new LeafFieldReader?[selections.Length];
        for (var i = 0; i < selections.Length; i++)
        {
            BySelection[i] = selections[i].EagerLeaf?.GetReader(parentType);
        }
    }

    public Type ParentType { get; }

    /// <summary>The handle of <see cref="ParentType"/>, compared with <see cref="Type.GetTypeHandle(object)"/>.</summary>
    public nint ParentTypeHandle { get; }

    /// <summary>The reader of each selection of the plan; null for selections that are not eager leaves or have none for the type.</summary>
    public LeafFieldReader?[] BySelection { get; }

    /// <summary>
    /// The writer of objects of this type for the plan's flat <paramref name="layout"/>; null when they cannot be
    /// written directly (a leaf without a typed reader). Found, and compiled, on first use.
    /// </summary>
    public FlatObjectWriter? GetFlatWriter(FlatObjectLayout layout) => (_flatWriter ??= CreateFlatWriter(layout)).Writer;

    private FlatWriterOnce CreateFlatWriter(FlatObjectLayout layout)
    {
        var values = new FlatValueWriter[layout.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if ((layout.Objects[i] ?? (FlatValueWriter?)BySelection[layout.Values[i]]) is not { } writer)
            {
                return new FlatWriterOnce(null);
            }

            values[i] = writer;
        }

        FlatObjectWriter? compiled;
        try
        {
            compiled = FlatObjectWriterCompiler.TryCompile(ParentType, layout, values);
        }
        catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            compiled = null;
        }

        return new FlatWriterOnce(compiled ?? ((object parent, ref ResultJsonWriter writer) => FlatJsonWriter.TryWriteValues(parent, layout, values, ref writer)));
    }

    private sealed record FlatWriterOnce(FlatObjectWriter? Writer);
}
