using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Runs the queries the data middleware built, for a kind of query provider: the Entity Framework integration
/// registers one that materializes asynchronously (<c>ToListAsync</c>, <c>CountAsync</c>) and knows the model's keys.
/// Register implementations as services; queries no registered executor handles run in memory.
/// </summary>
public interface IQueryableExecutor
{
    /// <summary>True when this executor runs queries of <paramref name="query"/>'s provider.</summary>
    bool CanExecute(IQueryable query);

    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>The properties of the unique key of the query's elements, if the provider knows them; else null.</summary>
    IReadOnlyList<PropertyInfo>? FindKey(IQueryable query);
}
