using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>
/// A method resolver whose parameter binding was decided when the schema was built and whose expression tree is
/// compiled on the first call (compiling every resolver of a large schema up front is what makes building slow;
/// most fields are never all called by one process soon after start). Concurrent first calls may both compile;
/// either result is the same delegate.
/// </summary>
internal sealed class LazyResolver(ResolverCall call)
{
    private CompiledResolver? _compiled;

    public bool IsPure => !TypeInspector.IsTaskOfT(call.ReturnType) && !call.HasAsyncOnlyParameters;

    public object? ResolvePure(IResolverContext context) => (_compiled ??= ResolverCompiler.CompileField(call)).PureResolver!(context);

    public ValueTask<object?> ResolveAsync(IResolverContext context) => (_compiled ??= ResolverCompiler.CompileField(call)).Resolver!(context);
}
