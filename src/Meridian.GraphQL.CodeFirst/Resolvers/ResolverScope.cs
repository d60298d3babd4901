using System.Collections;
using System.Reflection;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// The DI scope of one resolver, for services that must not be shared by resolvers running concurrently (a
/// DbContext). The rule: a field whose resolver takes a resolver-scoped service (<c>[Service(ServiceKind.Resolver)]</c>,
/// or a type registered with <c>RegisterService&lt;T&gt;(ServiceKind.Resolver)</c> / <c>RegisterDbContext&lt;T&gt;()</c>)
/// gets a scope of its own, created before its parameters are bound and disposed when its pipeline has finished —
/// after the data middleware (paging, projection) enumerated the query. A lazy sequence left as the result is read
/// into a list before the scope ends. Every other service comes from the request's services.
/// </summary>
internal static class ResolverScope
{
    /// <summary>The local state key under which the resolver's scoped <see cref="IServiceProvider"/> is kept.</summary>
    public const string Key = "Meridian.CodeFirst.ResolverScope";

    public static readonly MethodInfo GetServicesMethod = typeof(ResolverScope).GetMethod(nameof(GetServices))!;

    public static FieldMiddleware Middleware { get; } = next => async context =>
    {
        var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            context.LocalContextData = context.LocalContextData.SetItem(Key, scope.ServiceProvider);
            await next(context).ConfigureAwait(false);
            if (IsLazy(context.Result))
            {
                context.Result = await MaterializeAsync(context.Result!, context.RequestAborted).ConfigureAwait(false);
            }
        }
    };

    /// <summary>The resolver's own services when the field has a resolver scope, else the request's.</summary>
    public static IServiceProvider GetServices(IResolverContext context) =>
        context.LocalContextData.TryGetValue(Key, out var services) && services is IServiceProvider scoped ? scoped : context.Services;

    private static bool IsLazy(object? result) =>
        result is IEnumerable and not ICollection and not string and not IDictionary
        || result is IAsyncEnumerable<object>;

    private static async ValueTask<object?> MaterializeAsync(object result, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        if (result is IAsyncEnumerable<object> stream)
        {
            await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }

            return items;
        }

        foreach (var item in (IEnumerable)result)
        {
            items.Add(item);
        }

        return items;
    }
}
