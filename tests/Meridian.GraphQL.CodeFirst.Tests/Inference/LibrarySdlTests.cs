using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Inference;

/// <summary>The library schema printed as SDL, and asserted member by member.</summary>
public sealed class LibrarySdlTests
{
    private static async Task<Schema> SchemaAsync() => (await LibrarySchema.CreateAsync()).Schema;

    [Fact]
    public async Task Library_schema_prints_as_sdl()
    {
        Snapshot.Match(SchemaExporter.Export(await SchemaAsync()));
    }

    [Fact]
    public async Task Names_are_camel_cased_without_get_and_async()
    {
        var schema = await SchemaAsync();
        var query = schema.QueryType;
        Assert.True(query.Fields.TryGetField("book", out _));
        Assert.True(query.Fields.TryGetField("booksByGenre", out _));
        Assert.True(schema.GetType<ObjectType>("Book").Fields.TryGetField("shoutedTitle", out _));
        Assert.True(schema.MutationType!.Fields.TryGetField("lendBook", out _));
        Assert.Equal(["SCIENCE_FICTION", "FANTASY", "NON_FICTION", "CLASSIC", "BIOGRAPHY"], schema.GetType<EnumType>("Genre").Values.Select(v => v.Name));
    }

    [Fact]
    public async Task Nullability_and_lists_follow_the_csharp_annotations()
    {
        var schema = await SchemaAsync();
        Assert.Equal("String!", schema.TypeOf("Book.title"));
        Assert.Equal("String", schema.TypeOf("Book.isbn"));
        Assert.Equal("Float", schema.TypeOf("Book.rating"));
        Assert.Equal("[String!]!", schema.TypeOf("Book.tags"));
        Assert.Equal("Date", schema.TypeOf("Author.born"));
        Assert.Equal("Book", schema.TypeOf("Query.book"));
        Assert.Equal("[Book!]!", schema.TypeOf("Query.books"));
        Assert.Equal("Author!", schema.TypeOf("Book.author"));
        Assert.Equal("[SearchResult!]!", schema.TypeOf("Query.search"));
    }

    [Fact]
    public async Task Arguments_inputs_and_defaults_are_inferred_from_parameters_and_records()
    {
        var schema = await SchemaAsync();
        var booksByGenre = schema.QueryType.Fields["booksByGenre"];
        Assert.Equal(["genre", "limit"], booksByGenre.Arguments.AsSpan().ToArray().Select(a => a.Name));
        Assert.Equal("10", booksByGenre.Arguments["limit"].DefaultValue!.ToString());
        var filter = schema.GetType<InputObjectType>("BookFilterInput");
        Assert.Equal("String", filter.Fields["title"].Type.Print());
        Assert.Equal("[Genre!]", filter.Fields["genres"].Type.Print());
        Assert.Equal("Any of these genres.", filter.Fields["genres"].Description);
    }

    [Fact]
    public async Task Interfaces_and_unions_come_from_csharp_interfaces()
    {
        var schema = await SchemaAsync();
        var item = schema.GetType<InterfaceType>("LibraryItem");
        Assert.Equal(["Book", "Magazine"], schema.GetPossibleTypes(item).Select(t => t.Name).Order());
        Assert.Equal(["Author", "Book"], schema.GetType<UnionType>("SearchResult").Types.Select(t => t.Name));
        Assert.Equal(["LibraryItem", "Node"], schema.GetType<ObjectType>("Book").Interfaces.Select(i => i.Name));
    }

    [Fact]
    public async Task Descriptions_come_from_xml_comments_and_attributes_and_deprecations_from_attributes()
    {
        var schema = await SchemaAsync();
        Assert.Equal("A book of the library's catalogue.", schema.GetType("Book").Description);
        Assert.Equal("A periodical; only readable in the reading room.", schema.GetType("Magazine").Description);
        Assert.Equal("The name as printed on covers.", schema.GetType<ObjectType>("Author").Fields["name"].Description);
        Assert.Equal("The catalogue key.", schema.QueryType.Fields["book"].Arguments["id"].Description);
        Assert.Equal("Use title.", schema.GetType<ObjectType>("Book").Fields["name"].DeprecationReason);
        Assert.Equal("Use NonFiction.", schema.GetType<EnumType>("Genre").Values.Single(v => v.Name == "BIOGRAPHY").DeprecationReason);
        Assert.Equal("Stories set in imagined futures.", schema.GetType<EnumType>("Genre").Values[0].Description);
    }

    [Fact]
    public async Task Node_ids_payloads_error_unions_and_authorization_directives_are_in_the_schema()
    {
        var schema = await SchemaAsync();
        Assert.Equal("ID!", schema.TypeOf("Book.id"));
        Assert.Equal("ID!", schema.TypeOf("Loan.bookId"));
        Assert.Equal("Node", schema.TypeOf("Query.node"));
        Assert.Equal("[Node]!", schema.TypeOf("Query.nodes"));
        Assert.Equal("LendBookPayload!", schema.TypeOf("Mutation.lendBook"));
        Assert.Equal("LendBookInput!", schema.MutationType!.Fields["lendBook"].Arguments["input"].Type.Print());
        Assert.Equal("Loan", schema.TypeOf("LendBookPayload.loan"));
        Assert.Equal("[LendBookError!]", schema.TypeOf("LendBookPayload.errors"));
        Assert.Equal(["BookNotAvailableError", "MemberBlockedError"], schema.GetType<UnionType>("LendBookError").Types.Select(t => t.Name));
        Assert.Equal(["Error"], schema.GetType<ObjectType>("MemberBlockedError").Interfaces.Select(i => i.Name));
        Assert.Equal("authorize", Assert.Single(schema.GetType("Loan").Directives).Type.Name);
        Assert.True(schema.GetDirectiveType("authorize").IsPublic);
    }
}
