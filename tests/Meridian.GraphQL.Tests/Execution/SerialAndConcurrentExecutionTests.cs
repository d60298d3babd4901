using System.Collections.Concurrent;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class SerialAndConcurrentExecutionTests
{
    [Fact]
    public async Task Mutation_root_fields_run_strictly_in_order_each_completed_before_the_next()
    {
        var log = new ConcurrentQueue<string>();
        var executor = await TestExecutor.CreateAsync(
            """
            type Query { ok: Boolean }
            type Mutation { step(name: String!, delay: Int!): Step }
            type Step { name: String detail: String }
            """,
            b => b
                .BindResolver("Mutation", "step", async context =>
                {
                    var name = context.ArgumentValue<string>("name");
                    log.Enqueue("start " + name);
                    await Task.Delay(context.ArgumentValue<int>("delay"), context.RequestAborted);
                    log.Enqueue("end " + name);
                    return name;
                })
                .BindResolver("Step", "name", async context =>
                {
                    await Task.Yield();
                    return context.Parent<string>();
                })
                .BindResolver("Step", "detail", async context =>
                {
                    await Task.Delay(20, context.RequestAborted);
                    log.Enqueue("detail " + context.Parent<string>());
                    return "d";
                }));

        var json = await executor.RunAsync("""
            mutation {
              first: step(name: "a", delay: 60) { name detail }
              second: step(name: "b", delay: 1) { name detail }
              third: step(name: "c", delay: 30) { name }
            }
            """);

        Assert.Equal("""{"data":{"first":{"name":"a","detail":"d"},"second":{"name":"b","detail":"d"},"third":{"name":"c"}}}""", json);
        Assert.Equal(["start a", "end a", "detail a", "start b", "end b", "detail b", "start c", "end c"], log.ToArray());
    }

    [Fact]
    public async Task Independent_async_resolvers_of_a_query_overlap()
    {
        var events = new ConcurrentQueue<string>();
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        FieldResolverDelegate slow(string name) => async context =>
        {
            events.Enqueue("start " + name);
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            // Each resolver waits until the other has started too: only concurrent execution gets past this.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), context.RequestAborted);
            await Task.Delay(200, context.RequestAborted);
            events.Enqueue("end " + name);
            return name;
        };

        var executor = await TestExecutor.CreateAsync(
            "type Query { a: String b: String }",
            b => b.BindResolver("Query", "a", slow("a")).BindResolver("Query", "b", slow("b")));

        var json = await executor.RunAsync("{ a b }");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
        var order = events.ToArray();
        Assert.Equal(["start a", "start b"], order[..2]);
        Assert.All(order[2..], e => Assert.StartsWith("end", e));
    }

    [Fact]
    public async Task Deep_results_do_not_exhaust_the_stack()
    {
        // A result 1,500 objects deep (the parser's depth bound raised to allow the document): completion is a work
        // queue, not recursion over the result depth.
        var executor = await TestExecutor.CreateAsync(
            "type Query { root: Link } type Link { value: Int next: Link }",
            b => b.BindPureResolver("Query", "root", _ => Chain(2_000))
                .ModifyRequestOptions(o => o.ParserOptions = new Meridian.Language.ParserOptions { MaxAllowedDepth = 2_000 }));
        var selection = string.Concat(Enumerable.Repeat("next { value ", 1_500)) + new string('}', 1_500);
        using var result = await executor.ExecuteOperationAsync("{ root { value " + selection + " } }");
        Assert.Empty(result.Errors);
        var json = result.ToJson();
        Assert.StartsWith("{\"data\":{\"root\":{\"value\":0,\"next\":{\"value\":1,", json);
        Assert.Contains("{\"value\":1500}", json);
    }

    [Fact]
    public async Task Results_keep_selection_order_when_async_fields_finish_out_of_order()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { slow: Int fast: Int pure: Int }",
            b => b
                .BindResolver("Query", "slow", async c => { await Task.Delay(50, c.RequestAborted); return 1; })
                .BindResolver("Query", "fast", async c => { await Task.Yield(); return 2; })
                .BindPureResolver("Query", "pure", _ => 3));
        Assert.Equal("""{"data":{"slow":1,"fast":2,"pure":3}}""", await executor.RunAsync("{ slow fast pure }"));
    }

    private static Dictionary<string, object?> Chain(int length)
    {
        Dictionary<string, object?>? next = null;
        for (var i = length - 1; i >= 0; i--)
        {
            next = new Dictionary<string, object?> { ["value"] = i, ["next"] = next };
        }

        return next!;
    }
}
