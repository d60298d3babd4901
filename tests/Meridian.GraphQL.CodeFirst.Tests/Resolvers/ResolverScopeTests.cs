using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.Resolvers;

/// <summary>
/// The DI scope rule: resolvers taking a resolver-scoped service each get a scope of their own, so concurrently
/// running resolvers never share the instance; everything else comes from the request's scope.
/// </summary>
[Collection(nameof(ConcurrencyDetector))]
public sealed class ResolverScopeTests
{
    private static async Task<string> RunInRequestScopeAsync(IRequestExecutor executor, string document)
    {
        await using var scope = executor.Services.CreateAsyncScope();
        return await executor.RunAsync(OperationRequestBuilder.New().SetDocument(document).SetServices(scope.ServiceProvider).Build());
    }

    private static Task<IRequestExecutor> CreateAsync<TQuery>(Action<IRequestExecutorBuilder>? configure = null) =>
        LibrarySchema.CreateFromAsync(b =>
        {
            b.AddQueryType<TQuery>();
            configure?.Invoke(b);
        }, s => s.AddScoped<ConcurrencyDetector>());

    [Fact]
    public async Task A_shared_request_scoped_service_is_used_concurrently_which_the_detector_reports()
    {
        var executor = await CreateAsync<RequestScopedQuery>();
        using var result = JsonDocument.Parse(await RunInRequestScopeAsync(executor, "{ first second }"));
        var error = Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNEXPECTED_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Resolver_scoped_services_give_each_resolver_its_own_instance_disposed_after_it()
    {
        var executor = await CreateAsync<ResolverScopedQuery>();
        var created = ConcurrencyDetector.Created;
        var disposed = ConcurrencyDetector.Disposed;
        Assert.Equal("""{"data":{"first":"first","second":"second"}}""", await RunInRequestScopeAsync(executor, "{ first second }"));
        Assert.Equal(2, ConcurrencyDetector.Created - created);
        Assert.Equal(2, ConcurrencyDetector.Disposed - disposed);
    }

    [Fact]
    public async Task Types_registered_as_resolver_scoped_need_no_attribute()
    {
        var executor = await CreateAsync<RequestScopedQuery>(b => b.RegisterService<ConcurrencyDetector>(ServiceKind.Resolver));
        Assert.Equal("""{"data":{"first":"first","second":"second"}}""", await RunInRequestScopeAsync(executor, "{ first second }"));
    }

    [Fact]
    public async Task Lazy_results_are_read_before_the_resolver_scope_ends()
    {
        var executor = await CreateAsync<ResolverScopedQuery>();
        Assert.Equal("""{"data":{"values":["a","b"]}}""", await RunInRequestScopeAsync(executor, "{ values }"));
    }

    [Fact]
    public async Task Resolver_scoped_fields_are_not_pure()
    {
        var executor = await CreateAsync<ResolverScopedQuery>();
        var values = executor.Schema.QueryType.Fields["values"];
        Assert.Null(values.PureResolver);
    }

    public sealed class RequestScopedQuery
    {
        public Task<string> GetFirst(ConcurrencyDetector db) => db.QueryAsync("first");

        public Task<string> GetSecond(ConcurrencyDetector db) => db.QueryAsync("second");
    }

    public sealed class ResolverScopedQuery
    {
        public Task<string> GetFirst([Service(ServiceKind.Resolver)] ConcurrencyDetector db) => db.QueryAsync("first");

        public Task<string> GetSecond([Service(ServiceKind.Resolver)] ConcurrencyDetector db) => db.QueryAsync("second");

        public IEnumerable<string> GetValues([Service(ServiceKind.Resolver)] ConcurrencyDetector db) => db.Stream("a", "b");
    }
}

[CollectionDefinition(nameof(ConcurrencyDetector), DisableParallelization = true)]
public sealed class ConcurrencyDetectorCollection;
