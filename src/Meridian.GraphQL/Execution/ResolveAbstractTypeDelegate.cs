using Meridian.Types;

namespace Meridian.Execution;

/// <summary>Picks the object type of a value resolved for an interface or union; null when it cannot tell.</summary>
public delegate ObjectType? ResolveAbstractTypeDelegate(IResolverContext context, object resolvedValue);
