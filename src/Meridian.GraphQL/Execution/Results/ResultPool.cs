using System.Buffers;
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
    private const int InitialBufferSize = 16 * 1024;
    private const int MaxRetainedBufferSize = 1 << 20;

    private static readonly ObjectPool<ResultPool> Pools =
        new DefaultObjectPool<ResultPool>(new DefaultPooledObjectPolicy<ResultPool>(), Environment.ProcessorCount * 4);

    private readonly List<ObjectResult> _objects = [];
    private readonly List<ListResult> _lists = [];
    private readonly List<JsonListResult> _jsonLists = [];
    private int _objectsRented;
    private int _listsRented;
    private int _jsonListsRented;

    public static ResultPool Rent() => Pools.Get();

    /// <summary>
    /// Where lists written as JSON during execution keep their bytes (<see cref="JsonListResult"/>s point into it);
    /// kept with the pool, so it grows to what the operations of a server need and is then reused. A list whose
    /// writing is abandoned leaves its bytes unused in it.
    /// </summary>
    public ArrayBufferWriter<byte> Buffer { get; private set; } = new(InitialBufferSize);

    public ObjectResult RentObject() => Rent(_objects, ref _objectsRented);

    public ListResult RentList() => Rent(_lists, ref _listsRented);

    public JsonListResult RentJsonList() => Rent(_jsonLists, ref _jsonListsRented);

    /// <summary>Resets every rented node and gives the pool back; the tree must not be read afterwards.</summary>
    public void ReturnAll()
    {
        Reset(_objects, _objectsRented, MaxRetainedObjects);
        Reset(_lists, _listsRented, MaxRetainedLists);
        Reset(_jsonLists, _jsonListsRented, MaxRetainedLists);
        if (Buffer.Capacity > MaxRetainedBufferSize)
        {
            Buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        }
        else
        {
            Buffer.ResetWrittenCount();
        }

        _objectsRented = 0;
        _listsRented = 0;
        _jsonListsRented = 0;
        Pools.Return(this);
    }

    private static T Rent<T>(List<T> nodes, ref int rented)
        where T : ResultData, new()
    {
        if (rented < nodes.Count)
        {
            return nodes[rented++];
        }

        var result = new T();
        nodes.Add(result);
        rented++;
        return result;
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
