using Meridian.Language;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.Introspection.Tests;

/// <summary>The meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>, shared by validation and execution.</summary>
public sealed class IntrospectionMetaFieldsTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddTypeDefinitions("type Query { pet: Pet } interface Pet { name: String } type Dog implements Pet { name: String } input Filter { a: Int }")
        .Build();

    [Fact]
    public void Schema_and_type_are_found_on_the_query_type_only()
    {
        var metaFields = IntrospectionMetaFields.Of(Schema);

        Assert.Same(metaFields.Schema, metaFields.Find(Schema, Schema.QueryType, "__schema"));
        Assert.Same(metaFields.Type, metaFields.Find(Schema, Schema.QueryType, "__type"));
        Assert.Null(metaFields.Find(Schema, Schema.GetType("Dog"), "__schema"));
        Assert.Null(metaFields.Find(Schema, Schema.GetType("Dog"), "__type"));
        Assert.Null(metaFields.Find(Schema, Schema.QueryType, "__other"));
    }

    [Fact]
    public void Typename_is_found_on_composite_types_only()
    {
        var metaFields = IntrospectionMetaFields.Of(Schema);

        Assert.Same(metaFields.TypeName, metaFields.Find(Schema, Schema.GetType("Dog"), "__typename"));
        Assert.Same(metaFields.TypeName, metaFields.Find(Schema, Schema.GetType("Pet"), "__typename"));
        Assert.Null(metaFields.Find(Schema, Schema.GetType("Filter"), "__typename"));
    }

    [Fact]
    public void Field_definitions_have_the_types_of_the_specification()
    {
        var metaFields = IntrospectionMetaFields.Of(Schema);

        Assert.Equal("__Schema!", metaFields.Schema!.Type.Print());
        Assert.Equal("__Type", metaFields.Type!.Type.Print());
        Assert.Equal("name: String!", Assert.Single(metaFields.Type.Arguments).ToString());
        Assert.Equal("String!", metaFields.TypeName.Type.Print());
        Assert.Same(metaFields, IntrospectionMetaFields.Of(Schema));
    }

    [Fact]
    public void The_full_introspection_query_is_valid_for_every_schema()
    {
        var result = DocumentValidator.Default.Validate(Schema, Parser.Parse(IntrospectionQuery.Text));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Type_by_name_from_a_variable()
    {
        var executor = await TestExecutor.CreateAsync("type Query { a: Int }");

        var json = await executor.ExecuteJsonAsync(
            "query($name: String!) { __type(name: $name) { name kind } }",
            new Dictionary<string, object?> { ["name"] = "Query" });

        Assert.Equal("""{"data":{"__type":{"name":"Query","kind":"OBJECT"}}}""", json);
    }
}
