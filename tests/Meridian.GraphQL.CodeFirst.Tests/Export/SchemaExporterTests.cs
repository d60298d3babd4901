using Meridian.GraphQL.CodeFirst.Tests.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.Export;

public sealed class SchemaExporterTests
{
    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(new LibraryData());
        services.AddGraphQL().AddQueryType<ExportQuery>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Export_prints_the_executor_schema_as_sdl()
    {
        await using var services = CreateServices();
        Assert.Equal("type Query {\n  answer: Int!\n}\n", await SchemaExporter.ExportAsync(services));
    }

    [Fact]
    public async Task The_export_command_writes_the_file()
    {
        await using var services = CreateServices();
        var folder = Directory.CreateTempSubdirectory("meridian-export-");
        try
        {
            var path = System.IO.Path.Combine(folder.FullName, "nested", "schema.graphql");
            using var output = new StringWriter();
            Assert.Equal(0, await SchemaExportCommand.RunAsync(["schema", "export", "--output", path], services, output));
            Assert.Equal("type Query {\n  answer: Int!\n}\n", await File.ReadAllTextAsync(path));
            Assert.StartsWith("The schema was written to ", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_export_command_prints_without_output_and_refuses_unknown_options()
    {
        await using var services = CreateServices();
        using var output = new StringWriter();
        Assert.True(SchemaExportCommand.IsMatch(["schema", "export"]));
        Assert.False(SchemaExportCommand.IsMatch(["migrate"]));
        Assert.Equal(0, await SchemaExportCommand.RunAsync(["schema", "export"], services, output));
        Assert.Equal("type Query {\n  answer: Int!\n}\n", output.ToString());
        using var errors = new StringWriter();
        Assert.Equal(2, await SchemaExportCommand.RunAsync(["schema", "export", "--format", "json"], services, errors));
        Assert.StartsWith("Unknown or incomplete option \"--format\".", errors.ToString(), StringComparison.Ordinal);
    }

    public sealed class ExportQuery
    {
        public int Answer => 42;
    }
}
