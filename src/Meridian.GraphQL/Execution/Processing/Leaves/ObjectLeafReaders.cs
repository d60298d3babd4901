namespace Meridian.Execution;

/// <summary>
/// The typed readers of a selection set's eager leaves (<see cref="Selection.EagerLeaf"/>) for parents of one CLR
/// type, found once per (selection set, type) so that completing an object looks up its parent's type once instead
/// of once per field; and, for a flat selection set, the writer of such parents as JSON.
/// </summary>
internal sealed class ObjectLeafReaders
{
    // Objects written before the writer is compiled: about what compiling and its first call cost, at the few
    // nanoseconds a field that compiling saves.
    private const int CompileAfterWrites = 10_000;

    private FlatWriterState? _flatWriter;
    private int _interpretedWrites;

    public ObjectLeafReaders(SelectionSetPlan plan, Type parentType)
    {
        ParentType = parentType;
        var selections = plan.Selections;
        BySelection = new LeafFieldReader?[selections.Length];
        for (var i = 0; i < selections.Length; i++)
        {
            BySelection[i] = selections[i].EagerLeaf?.GetReader(parentType);
        }
    }

    public Type ParentType { get; }

    /// <summary>The reader of each selection of the plan; null for selections that are not eager leaves or have none for the type.</summary>
    public LeafFieldReader?[] BySelection { get; }

    /// <summary>
    /// The writer of objects of this type for the plan's flat <paramref name="layout"/>; null when they cannot be
    /// written directly (a leaf without a typed reader). Found on first use; compiled once it has written enough
    /// objects to repay compiling (a plan used for a few requests never is). <paramref name="writes"/> is how many
    /// objects the caller expects to write with it (a list's remaining items): callers keep the writer for as long as
    /// their objects are of this type instead of asking for every one. <paramref name="items"/> is the compiled writer
    /// of a run of a list's items, once there is one.
    /// </summary>
    public FlatObjectWriter? GetFlatWriter(FlatObjectLayout layout, int writes, out FlatItemsWriter? items)
    {
        var current = _flatWriter ??= CreateFlatWriter(layout);
        if (!current.IsFinal && (_interpretedWrites += writes) >= CompileAfterWrites)
        {
            current = _flatWriter = Compile(layout, current.Values!);
        }

        items = current.Items;
        return current.Writer;
    }

    private FlatWriterState CreateFlatWriter(FlatObjectLayout layout)
    {
        var values = new FlatValueWriter[layout.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if ((layout.Objects[i] ?? (FlatValueWriter?)BySelection[layout.Values[i]]) is not { } writer)
            {
                return new FlatWriterState(null, null, null, IsFinal: true);
            }

            values[i] = writer;
        }

        return new FlatWriterState(Interpreted(ParentType, layout, values), null, values, IsFinal: ParentType.IsValueType);
    }

    private FlatWriterState Compile(FlatObjectLayout layout, FlatValueWriter[] values)
    {
        CompiledFlatWriters? compiled;
        try
        {
            compiled = FlatObjectWriterCompiler.TryCompile(ParentType, layout, values);
        }
        catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            compiled = null;
        }

        return new FlatWriterState(compiled?.Object ?? Interpreted(ParentType, layout, values), compiled?.Items, values, IsFinal: true);
    }

    private static FlatObjectWriter Interpreted(Type parentType, FlatObjectLayout layout, FlatValueWriter[] values) =>
        (object parent, ref ResultJsonWriter writer) => parent.GetType() != parentType ? FlatWriteResult.OtherType
            : FlatJsonWriter.TryWriteValues(parent, layout, values, ref writer) ? FlatWriteResult.Written
            : FlatWriteResult.NeedsCompletion;

    /// <summary>
    /// The writer in use, the compiled writer of a list's items (once compiled), the writers of its values, and whether
    /// it is the last one (compiled, or never to be).
    /// </summary>
    private sealed record FlatWriterState(FlatObjectWriter? Writer, FlatItemsWriter? Items, FlatValueWriter[]? Values, bool IsFinal);
}
