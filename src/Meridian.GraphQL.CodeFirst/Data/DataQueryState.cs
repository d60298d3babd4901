using System.Linq.Expressions;
using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// What the data middleware of one field invocation tell each other. Paging, the outermost, marks the query as
/// paged before the resolver runs; sorting and projection then leave ordering and selection to it (so that it
/// can add the keyset predicate before ordering and slicing, and read cursor keys from the entities rather than
/// from their projections). The outermost data middleware owns the state and reads the query into a list.
/// </summary>
internal sealed class DataQueryState
{
    private const string Key = "Meridian.CodeFirst.Data.State";

    /// <summary>A paging middleware applies the ordering and the projection after slicing.</summary>
    public bool IsPaged { get; set; }

    /// <summary>The ordering requested with <c>order</c>, when a paging middleware applies it.</summary>
    public IReadOnlyList<SortKey>? Sorts { get; set; }

    /// <summary>The projection of the selected members, when a paging middleware applies it.</summary>
    public LambdaExpression? Projection { get; set; }

    /// <summary>The field's state, created by the first (outermost) data middleware, which then owns it.</summary>
    public static DataQueryState Enter(IMiddlewareContext context, out bool isOwner)
    {
        if (context.LocalContextData.TryGetValue(Key, out var existing) && existing is DataQueryState state)
        {
            isOwner = false;
            return state;
        }

        state = new DataQueryState();
        context.LocalContextData = context.LocalContextData.SetItem(Key, state);
        isOwner = true;
        return state;
    }
}
