using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task Timeout_cancels_resolvers_and_answers_request_timeout()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = await TestExecutor.CreateAsync(
            "type Query { slow: String }",
            b => b
                .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200))
                .BindResolver("Query", "slow", async context =>
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        cancelled.TrySetResult();
                        throw;
                    }

                    return "never";
                }));

        using var result = await executor.ExecuteOperationAsync("{ slow }");
        Assert.Equal("""{"errors":[{"message":"The request exceeded the configured execution timeout of 0.2 seconds.","extensions":{"code":"REQUEST_TIMEOUT"}}]}""", result.ToJson());
        Assert.False(result.IsRequestError);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Timeout_applies_even_when_a_resolver_ignores_cancellation()
    {
        var release = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = await TestExecutor.CreateAsync(
            "type Query { stuck: String }",
            b => b
                .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(100))
                .BindResolver("Query", "stuck", _ => new ValueTask<object?>(release.Task)));
        using var result = await executor.ExecuteOperationAsync("{ stuck }");
        Assert.Equal("REQUEST_TIMEOUT", Assert.Single(result.Errors).Code);
        release.SetResult("late");
    }

    [Fact]
    public async Task Timeout_ends_an_execution_that_never_goes_asynchronous()
    {
        // Nothing here asks for the cancellation token or awaits: the executor finds the deadline passed by checking
        // the time between batches of work, and the timeout's token is created only then.
        var executor = await TestExecutor.CreateAsync(
            "type Query { items: [Item!]! } type Item { value: Int! }",
            b => b
                .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(50))
                .BindPureResolver("Query", "items", static _ => Enumerable.Range(0, 100_000).Select(static i => new SlowItem(i)).ToArray())
                .BindPureResolver("Item", "value", static context =>
                {
                    Thread.SpinWait(2_000);
                    return context.Parent<SlowItem>().Value;
                }));

        using var result = await executor.ExecuteOperationAsync("{ items { value } }");

        Assert.Equal("REQUEST_TIMEOUT", Assert.Single(result.Errors).Code);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_token_asked_for_after_the_deadline_is_already_cancelled()
    {
        var seen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = await TestExecutor.CreateAsync(
            "type Query { late: String }",
            b => b
                .ModifyRequestOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(30))
                .BindResolver("Query", "late", context =>
                {
                    // Past the deadline before anything created the timeout's token.
                    Thread.Sleep(100);
                    seen.TrySetResult(context.RequestAborted.IsCancellationRequested);
                    return ValueTask.FromResult<object?>("late");
                }));

        using var result = await executor.ExecuteOperationAsync("{ late }");

        Assert.True(await seen.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Per_request_timeout_overrides_the_executor_setting()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { slow: String }",
            b => b.BindResolver("Query", "slow", async c =>
            {
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            }));
        var request = OperationRequestBuilder.New().SetDocument("{ slow }").SetOverrides(new RequestOverrides { ExecutionTimeout = TimeSpan.FromMilliseconds(50) }).Build();
        using var result = await executor.ExecuteOperationAsync(request);
        Assert.Equal("REQUEST_TIMEOUT", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Caller_cancellation_answers_request_cancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = await TestExecutor.CreateAsync(
            "type Query { slow: String }",
            b => b.BindResolver("Query", "slow", async c =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            }));
        using var cancel = new CancellationTokenSource();
        var running = executor.ExecuteAsync(OperationRequest.FromSource("{ slow }"), cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cancel.CancelAsync();
        using var result = (OperationResult)await running.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("REQUEST_CANCELLED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_resolver_cancelling_on_its_own_is_a_field_error_not_an_aborted_request()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { a: String b: String }",
            b => b
                .BindResolver("Query", "a", _ => throw new OperationCanceledException("own token"))
                .BindPureResolver("Query", "b", _ => "b"));
        var json = await executor.RunAsync("{ a b }");
        Assert.Contains("\"data\":{\"a\":null,\"b\":\"b\"}", json);
        Assert.Contains("UNEXPECTED_ERROR", json);
    }

    private sealed record SlowItem(int Value);
}
