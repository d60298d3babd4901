namespace Meridian.Execution;

/// <summary>One step of a field's compiled pipeline: it reads and sets <see cref="IMiddlewareContext.Result"/>.</summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);
