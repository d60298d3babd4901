namespace Meridian.Language;

/// <summary>What a walker does after entering a node.</summary>
public enum VisitorAction : byte
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Do not visit the node's children; the node is still left, so enter and leave stay paired.</summary>
    Skip,

    /// <summary>Stop the walk: nothing else is entered or left.</summary>
    Break,
}
