using Meridian.Types;

namespace Meridian.Introspection;

/// <summary>
/// Holds the <see cref="IntrospectionSnapshot"/> of one schema. Each schema build creates its own cache and its own
/// introspection resolvers that capture it; the snapshot is computed on the first introspection request, because
/// the runtime types it describes exist only once the schema is completed.
/// </summary>
internal sealed class IntrospectionCache
{
    private IntrospectionSnapshot? _snapshot;

    public IntrospectionSnapshot Get(Schema schema) => Volatile.Read(ref _snapshot) ?? Initialize(schema);

    private IntrospectionSnapshot Initialize(Schema schema)
    {
        var snapshot = IntrospectionSnapshot.Create(schema);
        return Interlocked.CompareExchange(ref _snapshot, snapshot, null) ?? snapshot;
    }
}
