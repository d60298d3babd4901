namespace Meridian.Execution;

/// <summary>Tells whether a value resolved for an abstract type belongs to the object type that declares the delegate.</summary>
public delegate bool IsOfTypeDelegate(IResolverContext context, object resolvedValue);
