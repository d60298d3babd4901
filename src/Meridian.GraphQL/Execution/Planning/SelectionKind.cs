namespace Meridian.Execution;

/// <summary>How the executor runs a selection.</summary>
internal enum SelectionKind
{
    /// <summary><c>__typename</c>: answered from the object type, no resolver.</summary>
    TypeName,

    /// <summary>A synchronous resolver without middleware, run inline on the executor's loop.</summary>
    Pure,

    /// <summary>The field's compiled pipeline (middleware and an asynchronous resolver).</summary>
    Pipeline,
}
