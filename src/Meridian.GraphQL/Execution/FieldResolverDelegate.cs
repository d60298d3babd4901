namespace Meridian.Execution;

/// <summary>Resolves a field's value asynchronously.</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);
