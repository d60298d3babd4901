using System.Linq.Expressions;
using System.Reflection;
using Meridian.CodeFirst.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Meridian.EntityFramework;

/// <summary>
/// Runs the data middleware's queries on Entity Framework asynchronously (<c>ToListAsync</c>, <c>CountAsync</c>) and
/// takes entity keys from the model, so that cursors break ties by the primary key EF knows.
/// </summary>
public sealed class EntityFrameworkQueryableExecutor : IQueryableExecutor
{
    public bool CanExecute(IQueryable query) => query.Provider is IAsyncQueryProvider;

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);

    public IReadOnlyList<PropertyInfo>? FindKey(IQueryable query)
    {
        var root = RootFinder.Find(query.Expression, query.ElementType);
        var properties = root?.EntityType.FindPrimaryKey()?.Properties.Select(p => p.PropertyInfo).ToList();
        return properties is { Count: > 0 } && properties.TrueForAll(p => p is not null)
            ? properties!
            : EntityKeys.FindByConvention(query.ElementType);
    }

    /// <summary>Finds the entity root of a query whose elements are still the entities (not a projection to another type).</summary>
    private sealed class RootFinder(Type elementType) : ExpressionVisitor
    {
        private EntityQueryRootExpression? _root;

        public static EntityQueryRootExpression? Find(Expression expression, Type elementType)
        {
            var finder = new RootFinder(elementType);
            finder.Visit(expression);
            return finder._root;
        }

        protected override Expression VisitExtension(Expression node)
        {
            if (_root is null && node is EntityQueryRootExpression root && root.EntityType.ClrType == elementType)
            {
                _root = root;
                return node;
            }

            return base.VisitExtension(node);
        }
    }
}
