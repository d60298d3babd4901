namespace Meridian.Execution;

/// <summary>
/// A node of a pooled result tree. Each node knows the slot it fills in its parent, so that a null in a non-null
/// position can travel up to the nearest nullable parent after the node was attached (fields complete later than
/// the object that holds them).
/// </summary>
public abstract class ResultData
{
    /// <summary>The object or list this node is a value of; null for the root object.</summary>
    internal ResultData? Parent { get; private set; }

    /// <summary>The index of this node's slot in <see cref="Parent"/>.</summary>
    internal int ParentIndex { get; private set; }

    /// <summary>True when this node's slot in its parent is of a non-null type.</summary>
    internal bool IsNonNullInParent { get; private set; }

    /// <summary>True once a null in a non-null position replaced this node by null (its parent no longer holds it).</summary>
    internal bool IsInvalidated { get; set; }

    internal void Attach(ResultData? parent, int index, bool isNonNullInParent)
    {
        Parent = parent;
        ParentIndex = index;
        IsNonNullInParent = isNonNullInParent;
    }

    /// <summary>Sets the value of a slot (a serialized leaf, a child node, or null).</summary>
    internal abstract void SetValue(int index, object? value);

    /// <summary>The path of the value in slot <paramref name="index"/>.</summary>
    internal abstract Path PathOf(int index);

    /// <summary>The path of this node itself.</summary>
    internal Path GetPath() => Parent is null ? Path.Root : Parent.PathOf(ParentIndex);

    /// <summary>Clears the node for its pool.</summary>
    internal virtual void Reset()
    {
        Parent = null;
        ParentIndex = 0;
        IsNonNullInParent = false;
        IsInvalidated = false;
    }
}
