namespace Meridian.Execution;

/// <summary>
/// The typed readers of a selection set's eager leaves (<see cref="Selection.EagerLeaf"/>) for parents of one CLR
/// type, found once per (selection set, type) so that completing an object looks up its parent's type once instead
/// of once per field.
/// </summary>
internal sealed class ObjectLeafReaders
{
    public ObjectLeafReaders(SelectionSetPlan plan, Type parentType)
    {
        ParentType = parentType;
        var selections = plan.Selections;
        BySelection = new LeafFieldReader?[selections.Length];
        for (var i = 0; i < selections.Length; i++)
        {
            BySelection[i] = selections[i].EagerLeaf?.GetReader(parentType);
        }

        if (plan.FlatLayout is { } layout)
        {
            var flat = new LeafFieldReader[layout.Leaves.Length];
            for (var i = 0; i < flat.Length; i++)
            {
                if (BySelection[layout.Leaves[i]] is not { } reader)
                {
                    return;
                }

                flat[i] = reader;
            }

            FlatLeaves = flat;
        }
    }

    public Type ParentType { get; }

    /// <summary>The reader of each selection of the plan; null for selections that are not eager leaves or have none for the type.</summary>
    public LeafFieldReader?[] BySelection { get; }

    /// <summary>The readers of the flat layout's leaves, in its order; null when the objects cannot be written directly.</summary>
    public LeafFieldReader[]? FlatLeaves { get; }
}
