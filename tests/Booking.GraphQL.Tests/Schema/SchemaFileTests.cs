using Booking.GraphQL.Commands;

namespace Booking.GraphQL.Tests.Schema;

public sealed class SchemaFileTests
{
    /// <summary>
    /// schema.graphql at the repository root is what clients and reviewers read: it must be what the code serves.
    /// After changing the schema, run <c>dotnet run --project src/Booking.GraphQL -- schema export --output schema.graphql</c>.
    /// </summary>
    [Fact]
    public async Task The_committed_schema_is_what_the_code_produces()
    {
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "schema.graphql"));

        var produced = await SchemaExportCommand.PrintAsync();

        Assert.Equal(committed.ReplaceLineEndings("\n"), produced);
    }

    [Fact]
    public async Task Export_writes_the_file_it_is_given()
    {
        var file = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var output = new StringWriter();
            var exitCode = await SchemaExportCommand.RunAsync(["schema", "export", "--output", file], output);

            Assert.Equal(0, exitCode);
            Assert.Equal(await SchemaExportCommand.PrintAsync(), await File.ReadAllTextAsync(file));
            Assert.Contains(file, output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Unknown_arguments_are_refused()
    {
        var output = new StringWriter();

        var exitCode = await SchemaExportCommand.RunAsync(["schema", "export", "--nope"], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: schema export", output.ToString());
    }
}
