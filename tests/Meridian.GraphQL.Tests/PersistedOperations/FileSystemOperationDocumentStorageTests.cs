using Meridian.PersistedOperations;

namespace Meridian.GraphQL.Tests.PersistedOperations;

public sealed class FileSystemOperationDocumentStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "meridian-operations-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_saved_document_is_a_graphql_file_named_by_its_id_and_reads_back()
    {
        var storage = new FileSystemOperationDocumentStorage(Path.Combine(_root, "operations"));
        const string Document = "query Slots { slots(day: \"2026-11-21\") { start } } # ünïcode";
        var id = DocumentHash.ComputeId(Document);

        await storage.SaveAsync(id, Document);

        var file = Path.Combine(_root, "operations", id.Value + ".graphql");
        Assert.Equal(Document, await File.ReadAllTextAsync(file));
        Assert.Equal(Document, await storage.TryReadAsync(id));
        Assert.Equal([file], Directory.GetFiles(Path.Combine(_root, "operations")));
    }

    [Fact]
    public async Task Documents_written_by_other_tools_are_read()
    {
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "GetSlots_v2.graphql"), "{ slots { start } }");
        var storage = new FileSystemOperationDocumentStorage(_root + Path.DirectorySeparatorChar);

        Assert.Equal("{ slots { start } }", await storage.TryReadAsync(new OperationDocumentId("GetSlots_v2")));
    }

    [Fact]
    public async Task A_missing_document_or_folder_reads_as_null()
    {
        var storage = new FileSystemOperationDocumentStorage(Path.Combine(_root, "never-created"));

        Assert.Null(await storage.TryReadAsync(new OperationDocumentId("missing")));
        Assert.False(Directory.Exists(storage.Folder));
    }

    [Fact]
    public async Task Saving_again_replaces_the_file()
    {
        var storage = new FileSystemOperationDocumentStorage(_root);
        var id = new OperationDocumentId("replace");

        await storage.SaveAsync(id, "{ a }");
        await storage.SaveAsync(id, "{ b }");

        Assert.Equal("{ b }", await storage.TryReadAsync(id));
        Assert.Single(Directory.GetFiles(_root));
    }

    [Fact]
    public async Task The_empty_id_is_refused_and_every_valid_id_stays_inside_the_folder()
    {
        var storage = new FileSystemOperationDocumentStorage(_root);

        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.TryReadAsync(default));
        await Assert.ThrowsAsync<ArgumentException>(async () => await storage.SaveAsync(default, "{ a }"));
        Assert.Equal(Path.Combine(storage.Folder, "a-b_c.graphql"), storage.GetPath(new OperationDocumentId("a-b_c")));
        Assert.False(Directory.Exists(_root));
    }
}
