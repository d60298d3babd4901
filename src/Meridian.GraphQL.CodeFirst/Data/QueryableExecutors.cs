using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst.Data;

/// <summary>The executors registered as services, asked in registration order; the in-memory one answers the rest.</summary>
internal sealed class QueryableExecutors
{
    private readonly IQueryableExecutor[] _executors;

    private QueryableExecutors(IQueryableExecutor[] executors)
    {
        _executors = executors;
    }

    public static QueryableExecutors From(IServiceProvider services) =>
        new([.. services.GetServices<IQueryableExecutor>()]);

    public IQueryableExecutor For(IQueryable query)
    {
        foreach (var executor in _executors)
        {
            if (executor.CanExecute(query))
            {
                return executor;
            }
        }

        return InMemoryQueryableExecutor.Instance;
    }
}
