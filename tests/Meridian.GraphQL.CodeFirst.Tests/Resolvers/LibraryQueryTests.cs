using Meridian.GraphQL.CodeFirst.Tests.Library;

namespace Meridian.GraphQL.CodeFirst.Tests.Resolvers;

/// <summary>Queries against the library schema: resolvers from properties, methods, extensions and DataLoaders.</summary>
public sealed class LibraryQueryTests
{
    [Fact]
    public async Task Fields_resolve_from_properties_methods_and_extensions()
    {
        var executor = await LibrarySchema.CreateAsync();
        var json = await executor.RunAsync("""
            { book(id: 1) { title shelf isbn genre publishedOn price rating tags name shoutedTitle titleWords(max: 2) author { name born website } } }
            """);
        Assert.Equal(
            """{"data":{"book":{"title":"The Dispossessed","shelf":"ScienceFiction-001","isbn":"9780061054884","genre":"SCIENCE_FICTION","publishedOn":"1974-05-01","price":12.5,"rating":4.6,"tags":["anarchy","physics"],"name":"The Dispossessed","shoutedTitle":"THE DISPOSSESSED","titleWords":["The","Dispossessed"],"author":{"name":"Ursula K. Le Guin","born":"1929-10-21","website":"https://www.ursulakleguin.com/"}}}}""",
            json);
    }

    [Fact]
    public async Task Authors_of_all_books_load_in_one_DataLoader_batch()
    {
        var executor = await LibrarySchema.CreateAsync(out var data);
        var json = await executor.RunAsync("{ books { title author { name } } }");
        Assert.Contains("\"author\":{\"name\":\"Stanisław Lem\"}", json);
        Assert.Equal(1, data.AuthorBatches);
    }

    [Fact]
    public async Task Enum_arguments_defaults_and_input_records_bind_to_parameters()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"data":{"booksByGenre":[{"title":"The Dispossessed"},{"title":"Solaris"}],"one":[{"title":"The Dispossessed"}],"findBook":{"title":"A Wizard of Earthsea"}}}""",
            await executor.RunAsync("""
                { booksByGenre(genre: SCIENCE_FICTION) { title } one: booksByGenre(genre: SCIENCE_FICTION, limit: 1) { title }
                  findBook(filter: { genres: [FANTASY, CLASSIC] }) { title } }
                """));
    }

    [Fact]
    public async Task Input_records_bind_from_variables()
    {
        var executor = await LibrarySchema.CreateAsync();
        var json = await executor.RunAsync(
            "query($f: BookFilterInput!) { findBook(filter: $f) { title } }",
            new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["title"] = "SPQR", ["genres"] = new object?[] { "NON_FICTION" } } });
        Assert.Equal("""{"data":{"findBook":{"title":"SPQR"}}}""", json);
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_by_runtime_type()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"data":{"search":[{"__typename":"Book","title":"Solaris"},{"__typename":"Author","name":"Ursula K. Le Guin"}],"shelf":[{"__typename":"Book","title":"The Dispossessed"},{"__typename":"Magazine","title":"Locus","issue":712}]}}""",
            await executor.RunAsync("""
                { search(term: "la") { __typename ... on Book { title } ... on Author { name } }
                  shelf { __typename title ... on Magazine { issue } } }
                """));
    }
}
