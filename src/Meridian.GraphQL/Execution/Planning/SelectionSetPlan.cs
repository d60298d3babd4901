using Meridian.Types;

namespace Meridian.Execution;

/// <summary>The planned fields of a selection set for one object type, in the order they are first selected.</summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType objectType, Selection[] selections)
    {
        ObjectType = objectType;
        Selections = selections;
        foreach (var selection in selections)
        {
            HasConditions |= selection.Conditions is not null;
        }
    }

    public ObjectType ObjectType { get; }

    public Selection[] Selections { get; }

    /// <summary>True when some selection depends on a @skip/@include variable.</summary>
    public bool HasConditions { get; }

    /// <summary>The selections included for these variables (allocates only when some depend on variables).</summary>
    public IReadOnlyList<ISelection> GetIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (!HasConditions)
        {
            return Selections;
        }

        var included = new List<ISelection>(Selections.Length);
        foreach (var selection in Selections)
        {
            if (selection.IsIncluded(variables))
            {
                included.Add(selection);
            }
        }

        return included;
    }
}
