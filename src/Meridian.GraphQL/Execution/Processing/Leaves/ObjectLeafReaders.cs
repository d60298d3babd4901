namespace Meridian.Execution;

/// <summary>
/// The typed readers of a selection set's eager leaves (<see cref="Selection.EagerLeaf"/>) for parents of one CLR
/// type, found once per (selection set, type) so that completing an object looks up its parent's type once instead
/// of once per field.
/// </summary>
internal sealed class ObjectLeafReaders
{
    private FlatValuesOnce? _flatValues;

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
    /// The writers of the values of the plan's flat <paramref name="layout"/>, in its order; null when objects of this
    /// type cannot be written directly (a leaf without a typed reader). Found on first use.
    /// </summary>
    public FlatValueWriter[]? GetFlatValues(FlatObjectLayout layout) => (_flatValues ??= FindFlatValues(layout)).Values;

    private FlatValuesOnce FindFlatValues(FlatObjectLayout layout)
    {
        var values = new FlatValueWriter[layout.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if ((layout.Objects[i] ?? (FlatValueWriter?)BySelection[layout.Values[i]]) is not { } writer)
            {
                return new FlatValuesOnce(null);
            }

            values[i] = writer;
        }

        return new FlatValuesOnce(values);
    }

    private sealed record FlatValuesOnce(FlatValueWriter[]? Values);
}
