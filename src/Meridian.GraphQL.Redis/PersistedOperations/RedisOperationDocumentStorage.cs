using Meridian.PersistedOperations;
using StackExchange.Redis;

namespace Meridian.Redis.PersistedOperations;

/// <summary>
/// Operation documents as Redis strings under <c>{KeyPrefix}{id}</c>, shared by every server instance, optionally
/// expiring. Throws the Redis client's exception when Redis cannot be reached.
/// </summary>
public sealed class RedisOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly RedisConnectionProvider _connection;
    private readonly RedisOperationDocumentStorageOptions _options;

    public RedisOperationDocumentStorage(RedisConnectionProvider connection, RedisOperationDocumentStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? new RedisOperationDocumentStorageOptions();
    }

    public async ValueTask<string?> TryReadAsync(OperationDocumentId id, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(id);
        var database = await GetDatabaseAsync(cancellationToken);
        var document = await database.StringGetAsync(key).WaitAsync(cancellationToken);
        return document.IsNull ? null : (string?)document;
    }

    public async ValueTask SaveAsync(OperationDocumentId id, string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = KeyOf(id);
        var database = await GetDatabaseAsync(cancellationToken);
        await database.StringSetAsync(key, document, _options.Expiry).WaitAsync(cancellationToken);
    }

    /// <summary>The Redis key of <paramref name="id"/>.</summary>
    public string KeyOf(OperationDocumentId id) =>
        _options.KeyPrefix + (id.IsEmpty ? throw new ArgumentException("The operation document id is empty.", nameof(id)) : id.Value);

    private async ValueTask<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken) =>
        (await _connection.GetAsync(cancellationToken)).GetDatabase(_options.Database);
}
