using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          nullable: Node
          nonNull: Node!
          list: [Node]
          listOfNonNull: [Node!]
          nonNullListOfNonNull: [Node!]!
        }
        type Node {
          value: String
          required: String!
          child: Node
          requiredChild: Node!
        }
        """;

    private static Task<IRequestExecutor> CreateAsync(object? root) =>
        TestExecutor.CreateAsync(Sdl, b => b.ConfigureSchema(s => s
            .BindPureResolver("Query", "nullable", _ => root)
            .BindPureResolver("Query", "nonNull", _ => root)
            .BindPureResolver("Query", "list", _ => new[] { root, null, root })
            .BindPureResolver("Query", "listOfNonNull", _ => new[] { root, null, root })
            .BindPureResolver("Query", "nonNullListOfNonNull", _ => new[] { root, null })));

    private static Dictionary<string, object?> Node(string? value, string? required, object? child = null, object? requiredChild = null) => new()
    {
        ["value"] = value,
        ["required"] = required,
        ["child"] = child,
        ["requiredChild"] = requiredChild,
    };

    [Fact]
    public async Task Null_in_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var executor = await CreateAsync(Node("a", null));
        var json = await executor.RunAsync("{ nullable { value required } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Node.required.","locations":[{"line":1,"column":20}],"path":["nullable","required"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"nullable":null}}""",
            json);
    }

    [Fact]
    public async Task Null_travels_up_a_chain_of_non_null_fields_to_data()
    {
        var executor = await CreateAsync(Node("a", "r", requiredChild: Node("b", "r", requiredChild: Node("c", null))));
        var json = await executor.RunAsync("{ nonNull { requiredChild { requiredChild { required } } } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Node.required.","locations":[{"line":1,"column":45}],"path":["nonNull","requiredChild","requiredChild","required"],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task Null_stops_at_the_first_nullable_field_of_the_chain()
    {
        var executor = await CreateAsync(Node("a", "r", child: Node("b", "r", requiredChild: Node("c", null))));
        var json = await executor.RunAsync("{ nonNull { value child { requiredChild { required } } } }");
        Assert.Contains("\"data\":{\"nonNull\":{\"value\":\"a\",\"child\":null}}", json);
        Assert.Contains("\"path\":[\"nonNull\",\"child\",\"requiredChild\",\"required\"]", json);
    }

    [Fact]
    public async Task Nullable_list_items_stay_null_without_errors()
    {
        var executor = await CreateAsync(Node("a", "r"));
        var json = await executor.RunAsync("{ list { value } }");
        Assert.Equal("""{"data":{"list":[{"value":"a"},null,{"value":"a"}]}}""", json);
    }

    [Fact]
    public async Task Null_item_in_list_of_non_null_nulls_the_list()
    {
        var executor = await CreateAsync(Node("a", "r"));
        var json = await executor.RunAsync("{ listOfNonNull { value } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.listOfNonNull.","locations":[{"line":1,"column":3}],"path":["listOfNonNull",1],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"listOfNonNull":null}}""",
            json);
    }

    [Fact]
    public async Task Null_item_in_non_null_list_of_non_null_nulls_data()
    {
        var executor = await CreateAsync(Node("a", "r"));
        var json = await executor.RunAsync("{ nonNullListOfNonNull { value } }");
        Assert.Contains("\"path\":[\"nonNullListOfNonNull\",1]", json);
        Assert.EndsWith("\"data\":null}", json);
    }

    [Fact]
    public async Task Error_inside_a_list_item_nulls_only_that_item_when_items_are_nullable()
    {
        var executor = await CreateAsync(Node("a", null));
        var json = await executor.RunAsync("{ list { value required } }");
        Assert.Contains("\"data\":{\"list\":[null,null,null]}", json);
        Assert.Contains("\"path\":[\"list\",0,\"required\"]", json);
        Assert.Contains("\"path\":[\"list\",2,\"required\"]", json);
    }

    [Fact]
    public async Task Sibling_fields_keep_their_values()
    {
        var executor = await CreateAsync(Node("a", "r", child: Node("b", null)));
        var json = await executor.RunAsync("{ nullable { value child { required } } nonNull { value } }");
        Assert.Contains("\"data\":{\"nullable\":{\"value\":\"a\",\"child\":null},\"nonNull\":{\"value\":\"a\"}}", json);
    }

    [Fact]
    public async Task Only_one_error_per_position_when_a_resolver_fails_on_a_non_null_field()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { a: A } type A { b: String! }",
            b => b.BindPureResolver("Query", "a", _ => new object()).BindPureResolver("A", "b", _ => throw new InvalidOperationException("boom")));
        using var result = await executor.ExecuteOperationAsync("{ a { b } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("UNEXPECTED_ERROR", error.Code);
        Assert.Equal("[\"a\",\"b\"]", error.Path!.ToString());
        Assert.Null(result.Data!["a"]);
    }

    [Fact]
    public async Task Leaf_that_does_not_serialize_is_an_error_with_path()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { count: Int nonNullCount: Int! other: String }",
            b => b.BindPureResolver("Query", "count", _ => "many").BindPureResolver("Query", "nonNullCount", _ => 1.5).BindPureResolver("Query", "other", _ => "x"));
        var json = await executor.RunAsync("{ count other }");
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":3}],"path":["count"],"extensions":{"code":"VALUE_NOT_SERIALIZABLE"}}],"data":{"count":null,"other":"x"}}""",
            json);
        json = await executor.RunAsync("{ nonNullCount other }");
        Assert.Contains("\"data\":null", json);
        Assert.Contains("VALUE_NOT_SERIALIZABLE", json);
    }

    [Fact]
    public async Task Non_iterable_value_for_a_list_field_is_an_error()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { names: [String] }",
            b => b.BindPureResolver("Query", "names", _ => "not a list"));
        var json = await executor.RunAsync("{ names }");
        Assert.Contains("Expected Iterable, but did not find one for field \\\"Query.names\\\".", json);
        Assert.Contains("\"data\":{\"names\":null}", json);
    }

    [Fact]
    public async Task Nested_lists_complete_with_indices_in_paths()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { grid: [[Int!]] }",
            b => b.BindPureResolver("Query", "grid", _ => new object?[] { new object?[] { 1, 2 }, new object?[] { 3, null }, null }));
        var json = await executor.RunAsync("{ grid }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.grid.","locations":[{"line":1,"column":3}],"path":["grid",1,1],"extensions":{"code":"NON_NULL_VIOLATION"}}],"data":{"grid":[[1,2],null,null]}}""",
            json);
    }
}
