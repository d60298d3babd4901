using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class ResolverErrorTests
{
    private const string Sdl = "type Query { fails: String failsAsync: String coded: String reported: String ok: String }";

    private static Task<IRequestExecutor> CreateAsync(bool includeDetails) =>
        TestExecutor.CreateAsync(Sdl, b => b
            .ModifyRequestOptions(o => o.IncludeExceptionDetails = includeDetails)
            .ConfigureSchema(s => s
                .BindPureResolver("Query", "fails", _ => throw new InvalidOperationException("secret connection string"))
                .BindResolver("Query", "failsAsync", async c =>
                {
                    await Task.Yield();
                    throw new InvalidOperationException("async secret");
                })
                .BindPureResolver("Query", "coded", _ => throw new GraphQLException(
                    ErrorBuilder.New().SetMessage("Slot is taken.").SetCode("SLOT_TAKEN").SetExtension("slotId", 7).Build()))
                .BindPureResolver("Query", "reported", c =>
                {
                    c.ReportError("partial trouble");
                    return "value anyway";
                })
                .BindPureResolver("Query", "ok", _ => "fine")));

    [Fact]
    public async Task Unexpected_exceptions_become_generic_errors_without_details()
    {
        var executor = await CreateAsync(includeDetails: false);
        var json = await executor.RunAsync("{ fails failsAsync ok }");
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["fails"],"extensions":{"code":"UNEXPECTED_ERROR"}},{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["failsAsync"],"extensions":{"code":"UNEXPECTED_ERROR"}}],"data":{"fails":null,"failsAsync":null,"ok":"fine"}}""",
            json);
        Assert.DoesNotContain("secret", json);
    }

    [Fact]
    public async Task Exception_details_are_shown_only_when_configured()
    {
        var executor = await CreateAsync(includeDetails: true);
        using var result = await executor.ExecuteOperationAsync("{ fails }");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
        var json = result.ToJson();
        Assert.Contains("\"exception\":{\"type\":\"System.InvalidOperationException\",\"message\":\"secret connection string\",\"stackTrace\":", json);
    }

    [Fact]
    public async Task Details_can_be_switched_on_per_request()
    {
        var executor = await CreateAsync(includeDetails: false);
        var request = OperationRequestBuilder.New().SetDocument("{ fails }").SetOverrides(new RequestOverrides { IncludeExceptionDetails = true }).Build();
        using var result = await executor.ExecuteOperationAsync(request);
        Assert.Contains("secret connection string", result.ToJson());
    }

    [Fact]
    public async Task GraphQL_exceptions_keep_their_message_code_and_extensions()
    {
        var executor = await CreateAsync(includeDetails: false);
        Assert.Equal(
            """{"errors":[{"message":"Slot is taken.","locations":[{"line":1,"column":3}],"path":["coded"],"extensions":{"code":"SLOT_TAKEN","slotId":7}}],"data":{"coded":null}}""",
            await executor.RunAsync("{ coded }"));
    }

    [Fact]
    public async Task Reported_errors_keep_the_value()
    {
        var executor = await CreateAsync(includeDetails: false);
        Assert.Equal(
            """{"errors":[{"message":"partial trouble","locations":[{"line":1,"column":3}],"path":["reported"]}],"data":{"reported":"value anyway"}}""",
            await executor.RunAsync("{ reported }"));
    }

    [Fact]
    public async Task Diagnostic_listeners_see_resolver_errors_and_request_summaries()
    {
        var listener = new RecordingListener();
        var executor = await TestExecutor.CreateAsync(Sdl, b => b
            .AddDiagnosticEventListener(listener)
            .BindPureResolver("Query", "fails", _ => throw new InvalidOperationException("x")));
        await executor.RunAsync("query Named { fails }");
        Assert.Equal(["fails"], listener.ResolverErrors);
        var summary = Assert.Single(listener.Summaries);
        Assert.Equal("Named", summary.OperationName);
        Assert.Equal(1, summary.ErrorCount);
        Assert.False(summary.IsRequestError);
    }

    private sealed class RecordingListener : ExecutionDiagnosticEventListener
    {
        public List<string> ResolverErrors { get; } = [];

        public List<RequestSummary> Summaries { get; } = [];

        public override void ResolverError(RequestContext? context, ISelection selection, IError error)
        {
            lock (ResolverErrors)
            {
                ResolverErrors.Add(selection.ResponseName);
            }
        }

        public override void RequestCompleted(RequestContext context, RequestSummary summary) => Summaries.Add(summary);
    }
}
