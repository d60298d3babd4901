using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>§6.3.2 CollectFields: aliases, merging, fragments and @skip/@include with literals and variables.</summary>
public sealed class FieldCollectionTests
{
    private const string Sdl = """
        type Query { user: User }
        type User { id: ID name: String friends: [User] }
        """;

    private static readonly object User = new Dictionary<string, object?>
    {
        ["id"] = "1",
        ["name"] = "Ann",
        ["friends"] = new[] { new Dictionary<string, object?> { ["id"] = "2", ["name"] = "Bob", ["friends"] = null } },
    };

    private static Task<IRequestExecutor> CreateAsync() =>
        TestExecutor.CreateAsync(Sdl, b => b.BindPureResolver("Query", "user", _ => User));

    [Fact]
    public async Task Aliases_name_the_result_and_the_same_field_can_be_selected_twice()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"data":{"me":{"who":"Ann","id":"1","name":"Ann"}}}""",
            await executor.RunAsync("{ me: user { who: name id name } }"));
    }

    [Fact]
    public async Task Fields_of_the_same_response_name_merge_their_selections_in_first_seen_order()
    {
        var executor = await CreateAsync();
        var json = await executor.RunAsync("""
            { user { id friends { id } } user { name friends { name } } ...F }
            fragment F on Query { user { id friends { id } } }
            """);
        Assert.Equal("""{"data":{"user":{"id":"1","friends":[{"id":"2","name":"Bob"}],"name":"Ann"}}}""", json);
    }

    [Fact]
    public async Task Literal_skip_and_include_are_decided_when_planning()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"data":{"user":{"name":"Ann"}}}""",
            await executor.RunAsync("{ user { id @skip(if: true) name @include(if: true) friends @include(if: false) { id } } }"));
    }

    [Theory]
    [InlineData(true, false, """{"data":{"user":{"id":"1","name":"Ann"}}}""")]
    [InlineData(false, false, """{"data":{"user":{"id":"1"}}}""")]
    [InlineData(true, true, """{"data":{"user":{"id":"1"}}}""")]
    public async Task Variable_conditions_are_evaluated_per_request_with_one_shared_plan(bool include, bool skip, string expected)
    {
        var executor = await CreateAsync();
        var json = await executor.RunAsync(
            "query($include: Boolean!, $skip: Boolean!) { user { id name @include(if: $include) @skip(if: $skip) } }",
            new Dictionary<string, object?> { ["include"] = include, ["skip"] = skip });
        Assert.Equal(expected, json);
    }

    [Fact]
    public async Task Conditions_on_fragments_apply_to_their_fields_only()
    {
        var executor = await CreateAsync();
        const string document = """
            query($details: Boolean!) {
              user { id ...Details @include(if: $details) friends @skip(if: $details) { id } }
            }
            fragment Details on User { name friends { name } }
            """;
        Assert.Equal(
            """{"data":{"user":{"id":"1","name":"Ann","friends":[{"name":"Bob"}]}}}""",
            await executor.RunAsync(document, new Dictionary<string, object?> { ["details"] = true }));
        Assert.Equal(
            """{"data":{"user":{"id":"1","friends":[{"id":"2"}]}}}""",
            await executor.RunAsync(document, new Dictionary<string, object?> { ["details"] = false }));
    }

    [Fact]
    public async Task Merged_field_is_included_when_any_of_its_nodes_is()
    {
        var executor = await CreateAsync();
        const string document = "query($a: Boolean!, $b: Boolean!) { user { name @include(if: $a) name @include(if: $b) } }";
        Assert.Equal("""{"data":{"user":{"name":"Ann"}}}""", await executor.RunAsync(document, new Dictionary<string, object?> { ["a"] = false, ["b"] = true }));
        Assert.Equal("""{"data":{"user":{}}}""", await executor.RunAsync(document, new Dictionary<string, object?> { ["a"] = false, ["b"] = false }));
    }

    [Fact]
    public async Task Typename_is_answered_everywhere_including_roots()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { user: User } type Mutation { touch: User } type User { id: ID }",
            b => b.BindPureResolver("Query", "user", _ => User).BindPureResolver("Mutation", "touch", _ => User));
        Assert.Equal("""{"data":{"__typename":"Query","user":{"t":"User"}}}""", await executor.RunAsync("{ __typename user { t: __typename } }"));
        Assert.Equal("""{"data":{"__typename":"Mutation","touch":{"id":"1"}}}""", await executor.RunAsync("mutation { __typename touch { id } }"));
    }

    [Fact]
    public async Task Resolvers_see_the_planned_sub_selections()
    {
        IReadOnlyList<string>? seen = null;
        var executor = await TestExecutor.CreateAsync(
            Sdl,
            b => b.BindPureResolver("Query", "user", context =>
            {
                var userType = context.Schema.GetType<Meridian.Types.ObjectType>("User");
                seen = context.GetSelections(userType).Select(s => s.ResponseName + ":" + s.Field.Name).ToArray();
                return User;
            }));
        await executor.RunAsync("query($x: Boolean!) { user { a: id name @include(if: $x) ... on User { friends { id } } } }", new Dictionary<string, object?> { ["x"] = false });
        Assert.Equal(["a:id", "friends:friends"], seen);
    }
}
