namespace Meridian.Redis.PersistedOperations;

public sealed class RedisOperationDocumentStorageOptions
{
    /// <summary>Prepended to a document id to make its Redis key.</summary>
    public string KeyPrefix { get; set; } = "meridian:operation:";

    /// <summary>How long a saved document lives; forever when null.</summary>
    public TimeSpan? Expiry { get; set; }

    /// <summary>The Redis database number; the connection's default when -1.</summary>
    public int Database { get; set; } = -1;
}
