using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>A repeated request is neither parsed, validated nor planned again: the diagnostic events prove it.</summary>
public sealed class CachingTests
{
    private const string Sdl = "type Query { a(n: Int): Int b: String }";

    private sealed class CountingListener : ExecutionDiagnosticEventListener
    {
        public int Parsed;
        public int Validated;
        public int Planned;
        public int DocumentHits;
        public int ValidationHits;
        public int PlanHits;

        public override void DocumentParsed(RequestContext context, TimeSpan duration) => Interlocked.Increment(ref Parsed);

        public override void DocumentValidated(RequestContext context, TimeSpan duration, IReadOnlyList<IError> errors) => Interlocked.Increment(ref Validated);

        public override void OperationPlanned(RequestContext context, TimeSpan duration) => Interlocked.Increment(ref Planned);

        public override void DocumentCacheHit(RequestContext context) => Interlocked.Increment(ref DocumentHits);

        public override void ValidationCacheHit(RequestContext context) => Interlocked.Increment(ref ValidationHits);

        public override void PlanCacheHit(RequestContext context) => Interlocked.Increment(ref PlanHits);
    }

    private static Task<IRequestExecutor> CreateAsync(CountingListener listener, Action<RequestExecutorOptions>? options = null) =>
        TestExecutor.CreateAsync(Sdl, b => b
            .AddDiagnosticEventListener(listener)
            .ModifyRequestOptions(o => options?.Invoke(o))
            .BindPureResolver("Query", "a", c => c.ArgumentValue<int?>("n") ?? 0)
            .BindPureResolver("Query", "b", _ => "b"));

    [Fact]
    public async Task Repeated_request_uses_the_cached_document_validation_and_plan()
    {
        var listener = new CountingListener();
        var executor = await CreateAsync(listener);
        const string document = "query($n: Int) { a(n: $n) b }";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("{\"data\":{\"a\":" + i + ",\"b\":\"b\"}}", await executor.RunAsync(document, new Dictionary<string, object?> { ["n"] = i }));
        }

        Assert.Equal((1, 1, 1), (listener.Parsed, listener.Validated, listener.Planned));
        Assert.Equal((2, 2, 2), (listener.DocumentHits, listener.ValidationHits, listener.PlanHits));
    }

    [Fact]
    public async Task Each_operation_of_a_document_gets_its_own_plan_and_different_limits_validate_again()
    {
        var listener = new CountingListener();
        var executor = await CreateAsync(listener);
        const string document = "query A { a } query B { b }";
        await executor.RunAsync(document, operationName: "A");
        await executor.RunAsync(document, operationName: "B");
        await executor.RunAsync(document, operationName: "A");
        Assert.Equal((1, 1, 2, 1), (listener.Parsed, listener.Validated, listener.Planned, listener.PlanHits));

        var request = OperationRequestBuilder.New().SetDocument(document).SetOperationName("A").SetOverrides(new RequestOverrides { MaxExecutionDepth = 5 }).Build();
        using var result = await executor.ExecuteOperationAsync(request);
        Assert.Equal((1, 2), (listener.Parsed, listener.Validated));
    }

    [Fact]
    public async Task Caches_are_bounded_and_evict_the_least_recently_used()
    {
        var listener = new CountingListener();
        var executor = await CreateAsync(listener, o => o.DocumentCacheSize = 2);
        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ b }");
        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ a b }");
        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ b }");
        Assert.Equal(4, listener.Parsed);
    }

    [Fact]
    public void Lru_cache_keeps_recently_used_entries()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _));
        cache.Set("c", 3);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Lru_cache_replaces_a_value_without_growing_and_zero_capacity_keeps_nothing()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("a", 2);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(2, a);

        var none = new LruCache<string, int>(0);
        none.Set("a", 1);
        Assert.False(none.TryGet("a", out _));
        Assert.Equal(0, none.Count);
    }

    [Fact]
    public void Lru_cache_evicts_in_order_of_last_use_over_many_entries()
    {
        var cache = new LruCache<int, int>(100);
        for (var i = 0; i < 100; i++)
        {
            cache.Set(i, i);
        }

        // Use the even keys again: the odd ones are now the least recently used, oldest first.
        for (var i = 0; i < 100; i += 2)
        {
            Assert.True(cache.TryGet(i, out _));
        }

        for (var i = 100; i < 150; i++)
        {
            cache.Set(i, i);
        }

        Assert.Equal(100, cache.Count);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(i % 2 == 0, cache.TryGet(i, out _));
        }
    }

    [Fact]
    public async Task Lru_cache_stays_bounded_and_consistent_under_concurrent_readers_and_writers()
    {
        var cache = new LruCache<int, string>(64);
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 20_000; i++)
            {
                var key = random.Next(256);
                if (cache.TryGet(key, out var value))
                {
                    Assert.Equal(key.ToString(System.Globalization.CultureInfo.InvariantCulture), value);
                }
                else
                {
                    cache.Set(key, key.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                Assert.InRange(cache.Count, 0, 64);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        Assert.Equal(64, cache.Count);
    }
}
