namespace Meridian.GraphQL.CodeFirst.Tests.Inference;

public sealed class LibrarySdlTests
{
    [Fact]
    public async Task Library_schema_prints_as_sdl()
    {
        var executor = await LibrarySchema.CreateAsync();
        Snapshot.Match(executor.Schema.ToString());
    }
}
