using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>A member compiled into the executor's delegates: pure when it may run inline, else asynchronous.</summary>
internal sealed record CompiledResolver(FieldResolverDelegate? Resolver, PureFieldDelegate? PureResolver, bool NeedsResolverScope);
