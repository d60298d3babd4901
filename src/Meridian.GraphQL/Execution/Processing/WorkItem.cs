using System.Collections.Immutable;

namespace Meridian.Execution;

/// <summary>One field to execute for one parent object: the executor's unit of work, queued by value.</summary>
internal readonly record struct WorkItem(
    Selection Selection,
    object? Parent,
    ObjectResult Container,
    int Index,
    IImmutableDictionary<string, object?> ScopedContextData);
