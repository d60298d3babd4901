using Microsoft.Extensions.ObjectPool;

namespace Meridian.Execution;

/// <summary>
/// Rents result nodes for one operation and returns them all when the result is disposed. Renting happens on the
/// executor's loop only, so the list of rented nodes needs no lock.
/// </summary>
internal sealed class ResultPool
{
    private static readonly ObjectPool<ObjectResult> Objects =
        new DefaultObjectPool<ObjectResult>(new ResultPolicy<ObjectResult>(), 16_384);

    private static readonly ObjectPool<ListResult> Lists =
        new DefaultObjectPool<ListResult>(new ResultPolicy<ListResult>(), 4096);

    private static readonly ObjectPool<List<ResultData>> RentedLists =
        new DefaultObjectPool<List<ResultData>>(new DefaultPooledObjectPolicy<List<ResultData>>(), 64);

    private List<ResultData> _rented = RentedLists.Get();

    public ObjectResult RentObject()
    {
        var result = Objects.Get();
        _rented.Add(result);
        return result;
    }

    public ListResult RentList()
    {
        var result = Lists.Get();
        _rented.Add(result);
        return result;
    }

    /// <summary>Returns every rented node; the tree must not be read afterwards.</summary>
    public void ReturnAll()
    {
        foreach (var node in _rented)
        {
            switch (node)
            {
                case ObjectResult obj:
                    Objects.Return(obj);
                    break;
                case ListResult list:
                    Lists.Return(list);
                    break;
            }
        }

        _rented.Clear();
        RentedLists.Return(_rented);
        _rented = [];
    }

    private sealed class ResultPolicy<T> : PooledObjectPolicy<T>
        where T : ResultData, new()
    {
        public override T Create() => new();

        public override bool Return(T obj)
        {
            obj.Reset();
            return true;
        }
    }
}
