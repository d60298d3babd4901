using Meridian.Execution;
using Meridian.PersistedOperations;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class RequestPipelineTests
{
    private const string Sdl = "type Query { a: String } type Mutation { m: String }";

    private static Task<IRequestExecutor> CreateAsync(Action<IRequestExecutorBuilder>? configure = null, Action<IServiceCollection>? services = null) =>
        TestExecutor.CreateAsync(Sdl, b =>
        {
            b.BindPureResolver("Query", "a", _ => "A").BindPureResolver("Mutation", "m", _ => "M");
            configure?.Invoke(b);
        }, services);

    [Fact]
    public async Task Operation_is_chosen_by_name()
    {
        var executor = await CreateAsync();
        const string document = "query One { a } query Two { x: a }";
        Assert.Equal("""{"data":{"x":"A"}}""", await executor.RunAsync(document, operationName: "Two"));
        Assert.Equal(
            """{"errors":[{"message":"Unknown operation named \"Three\".","extensions":{"code":"OPERATION_NOT_FOUND"}}]}""",
            await executor.RunAsync(document, operationName: "Three"));
        Assert.Equal(
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_NAME_REQUIRED"}}]}""",
            await executor.RunAsync(document));
    }

    [Fact]
    public async Task Syntax_errors_are_request_errors_with_location()
    {
        var executor = await CreateAsync();
        using var result = await executor.ExecuteOperationAsync("{ a ");
        Assert.True(result.IsRequestError);
        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":5}],"extensions":{"code":"SYNTAX_ERROR"}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task Requests_that_allow_queries_only_refuse_mutations()
    {
        var executor = await CreateAsync();
        var request = OperationRequestBuilder.New().SetDocument("mutation { m }").SetAllowedOperations(AllowedOperations.Query).Build();
        using var result = await executor.ExecuteOperationAsync(request);
        Assert.True(result.IsRequestError);
        Assert.Equal("OPERATION_NOT_ALLOWED", Assert.Single(result.Errors).Code);
        Assert.Equal("""{"data":{"m":"M"}}""", await executor.RunAsync("mutation { m }"));
    }

    [Fact]
    public async Task Operation_type_the_schema_lacks_is_not_allowed()
    {
        var executor = await TestExecutor.CreateAsync("type Query { a: String }", validate: false);
        var json = await executor.RunAsync("subscription { a }");
        Assert.Contains("Schema is not configured to execute subscription operation.", json);
    }

    [Fact]
    public async Task Persisted_documents_are_read_by_id_and_unknown_ids_fail_and_a_text_never_finds_an_id_s_document()
    {
        var storage = new InMemoryOperationDocumentStorage();
        await storage.SaveAsync(new OperationDocumentId("doc1"), "{ a }");
        var executor = await CreateAsync(services: s => s.AddSingleton<IOperationDocumentStorage>(storage));

        using (var found = await executor.ExecuteOperationAsync(OperationRequestBuilder.New().SetDocumentId(new OperationDocumentId("doc1")).Build()))
        {
            Assert.Equal("""{"data":{"a":"A"}}""", found.ToJson());
        }

        using var missing = await executor.ExecuteOperationAsync(OperationRequestBuilder.New().SetDocumentId(new OperationDocumentId("nope")).Build());
        Assert.True(missing.IsRequestError);
        Assert.Equal(
            """{"errors":[{"message":"The specified persisted operation was not found.","extensions":{"code":"PERSISTED_OPERATION_NOT_FOUND","documentId":"nope"}}]}""",
            missing.ToJson());

        // The caches know documents by id and by text apart: the text "doc1" is no document.
        using var byText = await executor.ExecuteOperationAsync(OperationRequest.FromSource("doc1"));
        Assert.True(byText.IsRequestError);
        Assert.Equal("SYNTAX_ERROR", Assert.Single(byText.Errors).Code);
    }

    [Fact]
    public async Task Custom_middleware_wraps_the_default_pipeline()
    {
        var executor = await CreateAsync(b => b
            .UseRequest(next => async context =>
            {
                await next(context);
                if (context.Result is OperationResult result)
                {
                    context.Result = result.WithExtensions(new Dictionary<string, object?> { ["operation"] = context.Operation?.Name?.Value });
                }
            })
            .UseDefaultPipeline());
        Assert.Equal("""{"data":{"a":"A"},"extensions":{"operation":"Q"}}""", await executor.RunAsync("query Q { a }"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_step_that_fails_at_once_or_later_ends_with_an_unexpected_error_and_later_steps_see_no_deadline(bool later, bool withTimeout)
    {
        RequestContext? seen = null;
        var executor = await CreateAsync(b =>
        {
            b.UseExceptions();
            if (withTimeout)
            {
                b.UseTimeout();
            }

            b.UseRequest(_ => context =>
            {
                seen = context;
                return later ? FailLaterAsync() : throw new InvalidOperationException("at once");
            });
        });

        using var result = await executor.ExecuteOperationAsync("{ a }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("UNEXPECTED_ERROR", error.Code);
        Assert.Equal(later ? "later" : "at once", seen!.Exception!.Message);

        // The timeout's deadline ended with the request, whichever way the failure came.
        Assert.Null(seen.Deadline);

        static async ValueTask FailLaterAsync()
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        }
    }

    [Fact]
    public async Task Global_state_root_value_and_services_reach_resolvers()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { state: String root: String service: String }",
            b => b.ConfigureSchema(s => s
                .BindPureResolver("Query", "state", c => (string?)c.ContextData["tenant"])
                .BindPureResolver("Query", "root", c => c.Parent<string>())
                .BindPureResolver("Query", "service", c => c.Service<Greeter>().Greet())),
            s => s.AddSingleton<Greeter>());
        var request = OperationRequestBuilder.New()
            .SetDocument("{ state root service }")
            .SetGlobalState("tenant", "t1")
            .SetRootValue("the root")
            .Build();
        using var result = await executor.ExecuteOperationAsync(request);
        Assert.Equal("""{"data":{"state":"t1","root":"the root","service":"hi"}}""", result.ToJson());
    }

    [Fact]
    public async Task Data_reads_as_dictionaries_and_lists()
    {
        var executor = await TestExecutor.CreateAsync("type Query { xs: [X] } type X { n: Int }", b => b.BindPureResolver("Query", "xs", _ => new[] { new { N = 1 }, new { N = 2 } }));
        using var result = await executor.ExecuteOperationAsync("{ xs { n } }");
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Data!["xs"]);
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(items[1])["n"]);
    }

    private sealed class Greeter
    {
        public string Greet() => "hi";
    }
}
