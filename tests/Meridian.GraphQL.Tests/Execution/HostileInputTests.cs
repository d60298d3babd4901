using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>Hostile documents end as errors with stable codes, in bounded time and memory, through the whole pipeline.</summary>
public sealed class HostileInputTests
{
    private const string Sdl = """
        type Query { expensive(first: Int = 10): [Item] echo(text: String): Int node: Node }
        type Item { id: ID }
        type Node { id: ID next: Node }
        """;

    private static Task<IRequestExecutor> CreateAsync(Action<RequestExecutorOptions>? options = null) =>
        TestExecutor.CreateAsync(Sdl, b => b
            .ModifyRequestOptions(o => options?.Invoke(o))
            .BindPureResolver("Query", "expensive", _ => throw new InvalidOperationException("must not run"))
            .BindPureResolver("Query", "echo", c => c.ArgumentValue<string>("text").Length));

    private static async Task<OperationResult> RunAsync(IRequestExecutor executor, string document)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await executor.ExecuteOperationAsync(OperationRequest.FromSource(document), deadline.Token);
    }

    [Fact]
    public async Task Hundred_thousand_nested_brackets_are_a_depth_error()
    {
        var executor = await CreateAsync();
        using (var values = await RunAsync(executor, "{ echo(text: " + new string('[', 100_000) + new string(']', 100_000) + ") }"))
        {
            Assert.True(values.IsRequestError);
            Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(values.Errors).Code);
        }

        using (var selections = await RunAsync(executor, "{" + string.Concat(Enumerable.Repeat(" node {", 100_000)) + " id" + new string('}', 100_001)))
        {
            Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(selections.Errors).Code);
        }

        using var braces = await RunAsync(executor, new string('{', 100_000) + new string('}', 100_000));
        Assert.Equal("SYNTAX_ERROR", Assert.Single(braces.Errors).Code);
    }

    [Fact]
    public async Task Ten_megabyte_string_is_answered_and_an_unterminated_one_is_a_syntax_error()
    {
        var executor = await CreateAsync();
        var text = new string('x', 10 * 1024 * 1024);
        using (var echoed = await RunAsync(executor, "{ echo(text: \"" + text + "\") }"))
        {
            Assert.Equal("""{"data":{"echo":10485760}}""", echoed.ToJson());
        }

        using var unterminated = await RunAsync(executor, "{ echo(text: \"" + text + ") }");
        Assert.Equal("SYNTAX_ERROR", Assert.Single(unterminated.Errors).Code);
    }

    [Fact]
    public async Task Ten_thousand_aliases_of_an_expensive_field_exceed_the_cost_limit()
    {
        var executor = await CreateAsync(o => o.MaxFieldCost = 1_000);
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: expensive {{ id }}")) + " }";
        using var result = await RunAsync(executor, document);
        Assert.True(result.IsRequestError);
        Assert.Contains(result.Errors, e => e.Code == "MAX_COST_EXCEEDED");
    }

    [Fact]
    public async Task Ten_thousand_aliases_beyond_the_token_limit_are_refused_when_parsing()
    {
        var executor = await CreateAsync(o => o.ParserOptions = new Meridian.Language.ParserOptions { MaxAllowedTokens = 20_000 });
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: expensive {{ id }}")) + " }";
        using var result = await RunAsync(executor, document);
        Assert.Equal("MAX_TOKENS_EXCEEDED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Fragment_cycle_is_a_validation_error()
    {
        var executor = await CreateAsync();
        using var result = await RunAsync(executor, "{ node { ...A } } fragment A on Node { next { ...B } } fragment B on Node { next { ...A } }");
        Assert.True(result.IsRequestError);
        Assert.Contains(result.Errors, e => e.Code == "FRAGMENT_CYCLE");
    }

    [Fact]
    public async Task Fragment_cycle_without_validation_is_not_followed_forever()
    {
        var executor = await TestExecutor.CreateAsync(
            Sdl,
            b => b.BindPureResolver("Query", "node", _ => new { Id = "1", Next = new { Id = "2", Next = (object?)null } }),
            validate: false);
        using var result = await RunAsync(executor, "{ node { ...A } } fragment A on Node { id ...B next { ...A } } fragment B on Node { ...A }");
        Assert.Equal("""{"data":{"node":{"id":"1","next":{"id":"2","next":null}}}}""", result.ToJson());
    }

    [Fact]
    public async Task Deep_selection_beyond_the_execution_depth_limit_is_refused()
    {
        var executor = await CreateAsync(o => o.MaxExecutionDepth = 10);
        var document = "{ node { " + string.Concat(Enumerable.Repeat("next { ", 100)) + "id" + new string('}', 100) + " } }";
        using var result = await RunAsync(executor, document);
        Assert.Contains(result.Errors, e => e.Code == "MAX_EXECUTION_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Deep_introspection_is_refused()
    {
        // Nested lists of the introspection types (graphql-js's MaxIntrospectionDepthRule) fail by default.
        var executor = await CreateAsync();
        var nested = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 50)) + "name" + new string('}', 100) + " } } }";
        using (var lists = await RunAsync(executor, nested))
        {
            Assert.True(lists.IsRequestError);
            Assert.Contains(lists.Errors, e => e.Code == "MAX_INTROSPECTION_DEPTH_EXCEEDED");
        }

        // A chain of 100 ofType costs nothing to answer, but a depth limit refuses it like any deep selection.
        var ofTypes = "{ __type(name: \"Node\") { " + string.Concat(Enumerable.Repeat("ofType { ", 100)) + "name" + new string('}', 100) + " } }";
        using (var answered = await RunAsync(executor, ofTypes))
        {
            Assert.Equal("""{"data":{"__type":{"ofType":null}}}""", answered.ToJson());
        }

        var limited = await CreateAsync(o => o.MaxExecutionDepth = 20);
        using var refused = await RunAsync(limited, ofTypes);
        Assert.Contains(refused.Errors, e => e.Code == "MAX_EXECUTION_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Introspection_answers_through_the_meta_fields_and_can_be_switched_off()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"kind":"OBJECT","fields":[{"name":"id"},{"name":"next"}]}}}""",
            await executor.RunAsync("{ __schema { queryType { name } } __type(name: \"Node\") { kind fields { name } } }"));

        var closed = await CreateAsync(o => o.AllowIntrospection = false);
        using var refused = await RunAsync(closed, "{ __schema { queryType { name } } }");
        Assert.Contains(refused.Errors, e => e.Code == "INTROSPECTION_DISABLED");
    }
}
