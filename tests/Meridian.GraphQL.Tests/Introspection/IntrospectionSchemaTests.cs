using Meridian.Errors;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.Introspection.Tests;

/// <summary>How the introspection types are part of every schema, without showing in its SDL.</summary>
public sealed class IntrospectionSchemaTests
{
    private static readonly string[] IntrospectionTypeNames =
        ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"];

    [Fact]
    public void Every_schema_has_the_introspection_types_marked_as_such()
    {
        var schema = SchemaBuilder.New().AddTypeDefinitions("type Query { a: Int }").Build();

        foreach (var name in IntrospectionTypeNames)
        {
            Assert.True(schema.GetType(name).IsIntrospectionType, name);
            Assert.True(Introspection.IntrospectionTypeNames.IsIntrospectionType(name), name);
        }

        Assert.False(schema.QueryType.IsIntrospectionType);
        Assert.False(schema.QueryType.Fields.ContainsField("__schema"));
        Assert.False(schema.QueryType.Fields.ContainsField("__type"));
    }

    [Fact]
    public void Sdl_does_not_show_the_introspection_types()
    {
        var schema = SchemaBuilder.New().AddTypeDefinitions("type Query { a: Int }").Build();

        Assert.Equal("type Query {\n  a: Int\n}\n", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Introspection_fields_keep_their_pure_resolvers_under_global_middleware()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions("type Query { a: Int }")
            .AddFieldMiddleware(next => context => next(context))
            .Build();

        Assert.Null(schema.QueryType.Fields["a"].PureResolver);
        foreach (var type in schema.Types.OfType<ObjectType>().Where(t => t.IsIntrospectionType))
        {
            foreach (var field in type.Fields.AsSpan())
            {
                Assert.NotNull(field.PureResolver);
            }
        }
    }

    [Fact]
    public void A_type_with_an_introspection_type_name_is_a_schema_error()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.New().AddTypeDefinitions("type Query { a: Int } type __Type { b: Int }").Build());

        Assert.Contains(exception.Errors, error => error.Message == "There can be only one type named \"__Type\".");
        Assert.All(exception.Errors, error => Assert.Equal(ErrorCodes.SchemaInvalid, error.Code));
    }

    [Fact]
    public async Task Introspection_answers_are_the_same_when_asked_concurrently()
    {
        var executor = await TestExecutor.CreateAsync("type Query { a(x: Int = 1): Int b: String @deprecated }");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => executor.ExecuteJsonAsync(IntrospectionQuery.Text))));

        Assert.All(results, result => Assert.Equal(results[0], result));
        Assert.DoesNotContain("\"errors\"", results[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_schema_answers_from_its_own_types()
    {
        var first = await TestExecutor.CreateAsync("type Query { a: Int }");
        var second = await TestExecutor.CreateAsync("type Query { b: Int c: Int }");

        var firstFields = (await first.ExecuteDataAsync("{ __schema { queryType { fields { name } } } }")).GetProperty("__schema").GetProperty("queryType").GetProperty("fields").Names();
        var secondFields = (await second.ExecuteDataAsync("{ __schema { queryType { fields { name } } } }")).GetProperty("__schema").GetProperty("queryType").GetProperty("fields").Names();

        Assert.Equal(["a"], firstFields);
        Assert.Equal(["b", "c"], secondFields);
    }
}
