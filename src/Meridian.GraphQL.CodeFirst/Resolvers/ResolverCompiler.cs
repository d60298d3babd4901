using System.Linq.Expressions;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>Compiles <see cref="ResolverCall"/>s into the executor's delegates.</summary>
internal static class ResolverCompiler
{
    private static readonly System.Reflection.ConstructorInfo ValueTaskOfObject = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    /// <summary>
    /// A field resolver: synchronous members whose parameters can be bound inline become pure resolvers (property
    /// reads above all); everything else an asynchronous resolver.
    /// </summary>
    public static CompiledResolver CompileField(ResolverCall call)
    {
        if (TypeInspector.IsTaskOfT(call.ReturnType))
        {
            return new CompiledResolver(Expression.Lambda<FieldResolverDelegate>(AdaptTask(call), call.Context).Compile(), null, call.NeedsResolverScope);
        }

        var boxed = Expression.Convert(call.Call, typeof(object));
        if (!call.HasAsyncOnlyParameters)
        {
            return new CompiledResolver(null, Expression.Lambda<PureFieldDelegate>(boxed, call.Context).Compile(), false);
        }

        var resolver = Expression.Lambda<FieldResolverDelegate>(Expression.New(ValueTaskOfObject, boxed), call.Context).Compile();
        return new CompiledResolver(resolver, null, call.NeedsResolverScope);
    }

    /// <summary>A resolver with an explicit key parameter (node resolvers).</summary>
    public static Func<IResolverContext, object, ValueTask<object?>> CompileKeyed(ResolverCall call)
    {
        var body = TypeInspector.IsTaskOfT(call.ReturnType)
            ? AdaptTask(call)
            : Expression.New(ValueTaskOfObject, Expression.Convert(call.Call, typeof(object)));
        return Expression.Lambda<Func<IResolverContext, object, ValueTask<object?>>>(body, call.Context, call.Key!).Compile();
    }

    /// <summary>A delegate returning the member's raw result (source streams adapt it themselves).</summary>
    public static Func<IResolverContext, object?> CompileRaw(ResolverCall call) =>
        Expression.Lambda<Func<IResolverContext, object?>>(Expression.Convert(call.Call, typeof(object)), call.Context).Compile();

    private static Expression AdaptTask(ResolverCall call)
    {
        var result = call.ReturnType.GetGenericArguments()[0];
        var adapter = call.ReturnType.GetGenericTypeDefinition() == typeof(Task<>) ? TaskAdapters.FromTaskMethod : TaskAdapters.FromValueTaskMethod;
        return Expression.Call(adapter.MakeGenericMethod(result), call.Call);
    }
}
