using Meridian.CodeFirst;
using Meridian.CodeFirst.Data;
using Meridian.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.EntityFramework;

/// <summary>Entity Framework on an executor: DbContext scoping and asynchronous execution of the data middleware's queries.</summary>
public static class EntityFrameworkRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Makes <typeparamref name="TContext"/> a resolver-scoped service (Hot Chocolate's <c>RegisterDbContext</c>): every
    /// resolver that takes it gets its own instance from a DI scope that lasts until the field's data middleware has
    /// read the query, so concurrent resolvers never share a DbContext. Also runs the paged, filtered, sorted and
    /// projected queries of every field through <see cref="EntityFrameworkQueryableExecutor"/>.
    /// </summary>
    public static IRequestExecutorBuilder RegisterDbContext<TContext>(this IRequestExecutorBuilder builder)
        where TContext : DbContext =>
        builder.AddEntityFrameworkQueryExecution().RegisterService<TContext>(ServiceKind.Resolver);

    /// <summary>Runs the data middleware's Entity Framework queries asynchronously (also for DbContexts not registered here).</summary>
    public static IRequestExecutorBuilder AddEntityFrameworkQueryExecution(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueryableExecutor, EntityFrameworkQueryableExecutor>());
        return builder;
    }
}
