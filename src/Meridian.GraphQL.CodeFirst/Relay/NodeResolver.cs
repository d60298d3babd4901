using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>Loads one node type by its decoded key.</summary>
internal sealed record NodeResolver(string TypeName, Type KeyType, Func<IResolverContext, object, ValueTask<object?>> Resolve);
