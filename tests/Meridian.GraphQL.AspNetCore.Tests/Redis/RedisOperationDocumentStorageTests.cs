using Meridian.PersistedOperations;
using Meridian.Redis.PersistedOperations;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

[Collection(RedisCollection.Name)]
public sealed class RedisOperationDocumentStorageTests(RedisFixture redis)
{
    private readonly string _prefix = RedisFixture.UniquePrefix();

    [Fact]
    public async Task A_saved_document_reads_back_from_another_connection_and_a_missing_one_is_null()
    {
        var writer = new RedisOperationDocumentStorage(redis.CreateConnection(), new() { KeyPrefix = _prefix });
        var reader = new RedisOperationDocumentStorage(redis.CreateConnection(), new() { KeyPrefix = _prefix });
        const string Document = "query { slots { start } } # ünïcode";
        var id = DocumentHash.ComputeId(Document);

        await writer.SaveAsync(id, Document);

        Assert.Equal(Document, await reader.TryReadAsync(id));
        Assert.Null(await reader.TryReadAsync(new OperationDocumentId("missing")));
        Assert.Equal(Document, (string?)await redis.Raw.GetDatabase().StringGetAsync(_prefix + id.Value));
    }

    [Fact]
    public async Task Documents_expire_when_an_expiry_is_set()
    {
        var storage = new RedisOperationDocumentStorage(
            redis.CreateConnection(),
            new() { KeyPrefix = _prefix, Expiry = TimeSpan.FromMinutes(5) });
        var id = new OperationDocumentId("expiring");

        await storage.SaveAsync(id, "{ a }");

        var timeToLive = await redis.Raw.GetDatabase().KeyTimeToLiveAsync(_prefix + "expiring");
        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Documents_without_expiry_persist_and_saving_again_replaces_them()
    {
        var storage = new RedisOperationDocumentStorage(redis.CreateConnection(), new() { KeyPrefix = _prefix });
        var id = new OperationDocumentId("forever");

        await storage.SaveAsync(id, "{ a }");
        await storage.SaveAsync(id, "{ b }");

        Assert.Equal("{ b }", await storage.TryReadAsync(id));
        Assert.Null(await redis.Raw.GetDatabase().KeyTimeToLiveAsync(_prefix + "forever"));
    }

    [Fact]
    public async Task The_empty_id_is_refused()
    {
        var storage = new RedisOperationDocumentStorage(redis.CreateConnection(), new() { KeyPrefix = _prefix });

        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.TryReadAsync(default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.SaveAsync(default, "{ a }"));
    }
}
