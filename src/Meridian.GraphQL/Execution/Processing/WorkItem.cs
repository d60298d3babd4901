using System.Collections.Immutable;

namespace Meridian.Execution;

/// <summary>One field to execute for one parent object: the executor's unit of work, queued by value.</summary>
internal readonly record struct WorkItem(
    Selection Selection,
    object? Parent,
    ObjectResult Container,
    int Index,
    IImmutableDictionary<string, object?> ScopedContextData);

/// <summary>
/// Stands in a <see cref="WorkItem"/>'s parent for a leaf already read (see <c>CompleteLeafNow</c>) whose value or
/// failure still needs the general completion.
/// </summary>
internal sealed record ResolvedLeaf(object? Parent, object? Value, Exception? Failure);
