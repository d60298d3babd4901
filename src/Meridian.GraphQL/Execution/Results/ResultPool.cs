using Microsoft.Extensions.ObjectPool;

namespace Meridian.Execution;

/// <summary>
/// The result nodes of one operation, returned all at once when the result is disposed. A pool instance keeps its
/// nodes when it is returned and is itself pooled, so the next operation reuses them without touching a shared pool
/// per node (a 1,000-object result rents 1,100 nodes: one interlocked exchange each would cost more than the rest of
/// renting). Renting happens on the executor's loop only, so an instance needs no lock.
/// </summary>
internal sealed class ResultPool
{
    // Beyond these, nodes of an unusually large result are left to the garbage collector instead of being kept.
    private const int MaxRetainedObjects = 16_384;
    private const int MaxRetainedLists = 4096;

    private static readonly ObjectPool<ResultPool> Pools =
        new DefaultObjectPool<ResultPool>(new DefaultPooledObjectPolicy<ResultPool>(), Environment.ProcessorCount * 4);

    private readonly List<ObjectResult> _objects = [];
    private readonly List<ListResult> _lists = [];
    private int _objectsRented;
    private int _listsRented;

    public static ResultPool Rent() => Pools.Get();

    public ObjectResult RentObject()
    {
        if (_objectsRented < _objects.Count)
        {
            return _objects[_objectsRented++];
        }

        var result = new ObjectResult();
        _objects.Add(result);
        _objectsRented++;
        return result;
    }

    public ListResult RentList()
    {
        if (_listsRented < _lists.Count)
        {
            return _lists[_listsRented++];
        }

        var result = new ListResult();
        _lists.Add(result);
        _listsRented++;
        return result;
    }

    /// <summary>Resets every rented node and gives the pool back; the tree must not be read afterwards.</summary>
    public void ReturnAll()
    {
        Reset(_objects, _objectsRented, MaxRetainedObjects);
        Reset(_lists, _listsRented, MaxRetainedLists);
        _objectsRented = 0;
        _listsRented = 0;
        Pools.Return(this);
    }

    private static void Reset<T>(List<T> nodes, int rented, int maxRetained)
        where T : ResultData
    {
        for (var i = 0; i < rented; i++)
        {
            nodes[i].Reset();
        }

        if (nodes.Count > maxRetained)
        {
            nodes.RemoveRange(maxRetained, nodes.Count - maxRetained);
        }
    }
}
