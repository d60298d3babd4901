using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class SdlSchemaBuildingTests
{
    private const string Library = """
        "A library"
        type Query {
          "All books"
          books(first: Int = 10, genre: Genre): [Book!]!
          node(id: ID!): Node
          search(term: String!): [SearchResult!]
          old: String @deprecated
          older: String @deprecated(reason: "Use `books`.")
        }

        interface Node { id: ID! }

        type Book implements Node {
          id: ID!
          title: String!
          genre: Genre
          published: Date
        }

        type Author implements Node {
          id: ID!
          name: String
        }

        union SearchResult = Book | Author

        enum Genre { FICTION HISTORY @deprecated(reason: "Merged into FICTION.") }

        input BookFilter {
          title: String = "x"
          genres: [Genre!] = [FICTION]
        }

        input BookKey @oneOf { id: ID isbn: String }
        """;

    [Fact]
    public void Reads_every_kind_of_definition()
    {
        var schema = Build(Library);

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("A library", schema.QueryType.Description);
        Assert.Equal("All books", schema.QueryType.Fields["books"].Description);
        Assert.Equal("[Book!]!", schema.QueryType.Fields["books"].Type.Print());
        Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal(["Book", "Author"], schema.GetType<UnionType>("SearchResult").Types.Select(t => t.Name));
        Assert.Equal(["FICTION", "HISTORY"], schema.GetType<EnumType>("Genre").Values.Select(v => v.Name));
        Assert.True(schema.GetType<InputObjectType>("BookKey").IsOneOf);
        Assert.False(schema.GetType<InputObjectType>("BookFilter").IsOneOf);
        Assert.IsType<DateType>(schema.GetType<ObjectType>("Book").Fields["published"].Type);
    }

    [Fact]
    public void Keeps_declaration_order_and_adds_referenced_scalars_after_declared_types()
    {
        var schema = Build(Library);

        Assert.Equal(
            ["Query", "Node", "Book", "Author", "SearchResult", "Genre", "BookFilter", "BookKey"],
            schema.Types.Where(t => t is not ScalarType && !t.IsIntrospectionType).Select(t => t.Name));
        Assert.Equal(["Int", "ID", "String", "Date", "Boolean"], schema.Types.OfType<ScalarType>().Select(t => t.Name));
        Assert.False(schema.TryGetType("Float", out _));
    }

    [Fact]
    public void Reads_deprecation_from_the_deprecated_directive()
    {
        var schema = Build(Library);

        Assert.Equal("No longer supported", schema.QueryType.Fields["old"].DeprecationReason);
        Assert.Equal("Use `books`.", schema.QueryType.Fields["older"].DeprecationReason);
        Assert.False(schema.QueryType.Fields["books"].IsDeprecated);
        var history = schema.GetType<EnumType>("Genre").Values[1];
        Assert.True(history.IsDeprecated);
        Assert.Empty(schema.QueryType.Fields["old"].Directives);
    }

    [Fact]
    public void Keeps_default_values_as_literal_and_coerced()
    {
        var schema = Build(Library);
        var first = schema.QueryType.Fields["books"].Arguments["first"];
        var filter = schema.GetType<InputObjectType>("BookFilter");

        Assert.IsType<IntValueNode>(first.DefaultValue);
        Assert.Equal(10, first.RuntimeDefaultValue);
        Assert.Equal("x", filter.Fields["title"].RuntimeDefaultValue);
        Assert.Equal(new object?[] { "FICTION" }, filter.Fields["genres"].RuntimeDefaultValue);
        Assert.False(schema.QueryType.Fields["books"].Arguments["genre"].HasDefaultValue);
        Assert.True(schema.QueryType.Fields["node"].Arguments["id"].IsRequired);
    }

    [Fact]
    public void Root_types_come_from_the_schema_definition()
    {
        var schema = Build("""
            schema { query: Root mutation: Change }
            type Root { a: Int }
            type Change { b: Int }
            type Mutation { c: Int }
            """);

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Same(schema.MutationType, schema.GetRootType(OperationType.Mutation));
    }

    [Fact]
    public void Default_root_type_names_apply_without_a_schema_definition()
    {
        var schema = Build("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """);

        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Applies_every_kind_of_extension()
    {
        var schema = Build("""
            type Query { a: Int }
            extend type Query implements Named @tag(name: "q") { b: String }
            interface Named { name: String }
            extend interface Named { title: String }
            extend type Query { name: String title: String }
            type Other { x: Int }
            union U = Query
            extend union U = Other
            enum E { A }
            extend enum E { B }
            input I { a: Int }
            extend input I { b: Int }
            scalar Money
            extend scalar Money @specifiedBy(url: "https://example.com/money")
            directive @tag(name: String!) repeatable on OBJECT | SCHEMA
            extend schema @tag(name: "s") { mutation: Other }
            """);

        Assert.Equal(["a", "b", "name", "title"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["Named"], schema.QueryType.Interfaces.Select(i => i.Name));
        Assert.Equal(["name", "title"], schema.GetType<InterfaceType>("Named").Fields.Select(f => f.Name));
        Assert.Equal(["Query", "Other"], schema.GetType<UnionType>("U").Types.Select(t => t.Name));
        Assert.Equal(["A", "B"], schema.GetType<EnumType>("E").Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], schema.GetType<InputObjectType>("I").Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/money", schema.GetType<ScalarType>("Money").SpecifiedBy);
        Assert.Equal("Other", schema.MutationType!.Name);
        Assert.Equal("q", schema.QueryType.Directives.FirstOrDefault("tag")!.GetArgumentValue<string>("name"));
        Assert.Equal("s", schema.Directives.FirstOrDefault("tag")!.GetArgumentValue<string>("name"));
        Assert.Single(schema.QueryType.ExtensionSyntaxNodes.OfType<ObjectTypeExtensionNode>(), n => n.Interfaces.Count > 0);
    }

    [Fact]
    public void Extensions_may_precede_the_definition_they_extend()
    {
        var schema = Build("""
            extend type Query { b: Int }
            type Query { a: Int }
            """);

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Binds_well_known_scalars_declared_in_sdl()
    {
        var schema = Build("""
            "When"
            scalar DateTime
            scalar Custom @specifiedBy(url: "https://example.com/custom")
            type Query { at: DateTime custom: Custom }
            """);

        var dateTime = schema.GetType<DateTimeType>("DateTime");
        Assert.Equal("When", dateTime.Description);
        Assert.Equal(DateTimeType.SpecifiedByUrl, dateTime.SpecifiedBy);
        var custom = schema.GetType<ScalarType>("Custom");
        Assert.Equal("https://example.com/custom", custom.SpecifiedBy);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, custom.ParseLiteral(Parser.ParseConstValue("{ a: 1 }")));
        Assert.Equal("kept", custom.Serialize("kept"));
    }

    [Fact]
    public void Keeps_the_syntax_nodes_for_locations()
    {
        var schema = Build("type Query {\n  a: Int\n}\n");
        var field = schema.QueryType.Fields["a"];

        Assert.NotNull(field.SyntaxNode);
        Assert.Equal(2, field.SyntaxNode!.Location!.Line);
        Assert.Equal("Query.a", field.Coordinate);
        Assert.Equal("Query.a(x:)", Build("type Query { a(x: Int): Int }").QueryType.Fields["a"].Arguments["x"].Coordinate);
    }

    [Fact]
    public void Sorts_members_by_name_when_asked()
    {
        var schema = Build(
            "type Query { b(z: Int, y: Int): Int a: Int } enum E { Z A }",
            builder => builder.ModifyOptions(o => o.SortFieldsByName = true));

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["y", "z"], schema.QueryType.Fields["b"].Arguments.Select(a => a.Name));
        Assert.Equal(["A", "Z"], schema.GetType<EnumType>("E").Values.Select(v => v.Name));
    }
}
