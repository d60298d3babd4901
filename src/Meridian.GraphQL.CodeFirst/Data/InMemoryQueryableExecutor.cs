using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>Runs queries over objects in memory (lists, arrays, <c>AsQueryable()</c>): synchronously, keys by convention.</summary>
internal sealed class InMemoryQueryableExecutor : IQueryableExecutor
{
    public static InMemoryQueryableExecutor Instance { get; } = new();

    public bool CanExecute(IQueryable query) => true;

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.ToList());

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.Count());

    public IReadOnlyList<PropertyInfo>? FindKey(IQueryable query) => EntityKeys.FindByConvention(query.ElementType);
}
