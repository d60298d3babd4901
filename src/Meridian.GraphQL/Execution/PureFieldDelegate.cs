namespace Meridian.Execution;

/// <summary>
/// Resolves a field's value synchronously without side effects (a property read, a computation over the parent);
/// the executor runs it inline, without scheduling a task.
/// </summary>
public delegate object? PureFieldDelegate(IResolverContext context);
