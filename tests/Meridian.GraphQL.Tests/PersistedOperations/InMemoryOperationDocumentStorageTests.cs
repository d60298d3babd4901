using Meridian.PersistedOperations;

namespace Meridian.GraphQL.Tests.PersistedOperations;

public sealed class InMemoryOperationDocumentStorageTests
{
    private static readonly OperationDocumentId A = new("a");
    private static readonly OperationDocumentId B = new("b");
    private static readonly OperationDocumentId C = new("c");

    [Fact]
    public async Task A_saved_document_reads_back_and_a_missing_one_is_null()
    {
        var storage = new InMemoryOperationDocumentStorage();
        var id = DocumentHash.ComputeId("{ __typename }");

        await storage.SaveAsync(id, "{ __typename }");

        Assert.Equal("{ __typename }", await storage.TryReadAsync(id));
        Assert.Null(await storage.TryReadAsync(A));
    }

    [Fact]
    public async Task Saving_again_replaces_the_document()
    {
        var storage = new InMemoryOperationDocumentStorage();
        await storage.SaveAsync(A, "{ a }");
        await storage.SaveAsync(A, "{ b }");

        Assert.Equal("{ b }", await storage.TryReadAsync(A));
        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task When_full_the_least_recently_used_document_is_evicted()
    {
        var storage = new InMemoryOperationDocumentStorage(capacity: 2);
        await storage.SaveAsync(A, "{ a }");
        await storage.SaveAsync(B, "{ b }");
        Assert.Equal("{ a }", await storage.TryReadAsync(A));

        await storage.SaveAsync(C, "{ c }");

        Assert.Equal(2, storage.Count);
        Assert.Null(await storage.TryReadAsync(B));
        Assert.Equal("{ a }", await storage.TryReadAsync(A));
        Assert.Equal("{ c }", await storage.TryReadAsync(C));
    }

    [Fact]
    public async Task The_empty_id_is_refused()
    {
        var storage = new InMemoryOperationDocumentStorage();
        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.TryReadAsync(default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.SaveAsync(default, "{ a }"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryOperationDocumentStorage(capacity: 0));
    }
}
