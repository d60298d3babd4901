using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.DataLoader;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.Resolvers;

/// <summary>Every kind of resolver parameter, bound once when the schema is built.</summary>
public sealed class ResolverParameterTests
{
    private static Task<IRequestExecutor> CreateAsync() =>
        LibrarySchema.CreateFromAsync(
            b => b.AddQueryType<ParameterQuery>().AddType<ParameterQuery.Child>(),
            s => s.AddSingleton(new Greeter("Hello")).AddScoped<RequestCounter>().AddDataLoader<SquareDataLoader>());

    [Fact]
    public async Task Arguments_with_defaults_become_graphql_default_values()
    {
        var executor = await CreateAsync();
        var sdl = executor.Schema.ToString();
        Assert.Contains("add(a: Int!, b: Int! = 10, scale: Float! = 1.5, label: String = \"sum\", unit: Unit! = METERS): String!", sdl);
        Assert.Equal(
            """{"data":{"defaults":"sum: 22.5 METERS","given":"total: 9 FEET"}}""",
            await executor.RunAsync("""{ defaults: add(a: 5) given: add(a: 1, b: 2, scale: 3, label: "total", unit: FEET) }"""));
    }

    [Fact]
    public async Task Services_are_injected_with_and_without_the_attribute()
    {
        var executor = await CreateAsync();
        Assert.Equal("""{"data":{"greet":"Hello, Ada","greetImplicitly":"Hello, Ada"}}""", await executor.RunAsync("""{ greet(name: "Ada") greetImplicitly(name: "Ada") }"""));
        Assert.DoesNotContain("greeter", executor.Schema.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Scoped_services_come_from_the_request_scope()
    {
        var executor = await CreateAsync();
        await using var scope = executor.Services.CreateAsyncScope();
        var request = OperationRequestBuilder.New().SetDocument("{ a: count b: count }").SetServices(scope.ServiceProvider).Build();
        Assert.Equal("""{"data":{"a":1,"b":2}}""", await executor.RunAsync(request));
        Assert.Equal(2, scope.ServiceProvider.GetRequiredService<RequestCounter>().Value);
    }

    [Fact]
    public async Task The_user_the_cancellation_token_and_the_resolver_context_are_bound()
    {
        var executor = await CreateAsync();
        var request = OperationRequestBuilder.New().SetDocument("{ whoAmI canBeCancelled path }").SetUser(Users.Librarian).Build();
        Assert.Equal("""{"data":{"whoAmI":"ada","canBeCancelled":true,"path":"Query.path"}}""", await executor.RunAsync(request));
    }

    [Fact]
    public async Task Global_scoped_and_local_state_are_read_from_the_request_and_the_field()
    {
        var executor = await CreateAsync();
        var request = OperationRequestBuilder.New().SetDocument("{ tenant child { tenant inherited } }").SetGlobalState("tenant", "north").Build();
        Assert.Equal("""{"data":{"tenant":"north","child":{"tenant":"north","inherited":"from child"}}}""", await executor.RunAsync(request));
    }

    [Fact]
    public async Task Missing_required_state_is_an_error_with_its_own_code_and_optional_state_is_null()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"errors":[{"message":"The global state \"tenant\" is not set for this request.","locations":[{"line":1,"column":3}],"path":["tenant"],"extensions":{"code":"STATE_MISSING"}}],"data":null}""",
            await executor.RunAsync("{ tenant }"));
        Assert.Equal("""{"data":{"optionalTenant":null}}""", await executor.RunAsync("{ optionalTenant }"));
    }

    [Fact]
    public async Task DataLoader_parameters_share_one_instance_and_batch_per_request()
    {
        var executor = await CreateAsync();
        Assert.Equal("""{"data":{"a":4,"b":9,"c":16}}""", await executor.RunAsync("{ a: square(n: 2) b: square(n: 3) c: square(n: 4) }"));
        Assert.Equal(1, SquareDataLoader.LastBatchCount);
    }

    [Fact]
    public async Task Properties_and_synchronous_methods_become_pure_resolvers_and_async_ones_do_not()
    {
        var executor = await CreateAsync();
        var query = executor.Schema.QueryType;
        Assert.NotNull(query.Fields["constant"].PureResolver);
        Assert.NotNull(query.Fields["add"].PureResolver);
        Assert.Null(query.Fields["square"].PureResolver);
        Assert.NotNull(executor.Schema.GetType<ObjectType>("Child").Fields["inherited"].PureResolver);
    }

    public enum Unit
    {
        Meters,
        Feet,
    }

    public sealed class ParameterQuery
    {
        public static int Constant => 42;

        public string Add(int a, int b = 10, double scale = 1.5, string? label = "sum", Unit unit = Unit.Meters) =>
            FormattableString.Invariant($"{label}: {(a + b) * scale} {unit.ToString().ToUpperInvariant()}");

        public string Greet(string name, [Service] Greeter greeter) => $"{greeter.Greeting}, {name}";

        public string GreetImplicitly(string name, Greeter greeter) => $"{greeter.Greeting}, {name}";

        public int Count(RequestCounter counter) => counter.Next();

        public string? WhoAmI(ClaimsPrincipal user) => user.Identity?.Name;

        public bool CanBeCancelled(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;

        public string Path(IResolverContext context) => context.Field.Coordinate;

        public string Tenant([GlobalState] string tenant) => tenant;

        public string? OptionalTenant([GlobalState("tenant")] string? value) => value;

        public Task<int> Square(int n, SquareDataLoader squares, CancellationToken cancellationToken) => squares.LoadAsync(n, cancellationToken);

        public Child GetChild(IResolverContext context)
        {
            context.ScopedContextData = context.ScopedContextData.SetItem("origin", "from child");
            return new Child();
        }

        public sealed class Child
        {
            public string Tenant([GlobalState] string tenant) => tenant;

            public string Inherited([ScopedState("origin")] string origin) => origin;
        }
    }

    public sealed record Greeter(string Greeting);

    public sealed class RequestCounter
    {
        public int Value { get; private set; }

        public int Next() => ++Value;
    }

    public sealed class SquareDataLoader(IBatchScheduler scheduler) : BatchDataLoader<int, int>(scheduler)
    {
        public static int LastBatchCount { get; private set; }

        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            LastBatchCount = keys.Count == 3 ? 1 : LastBatchCount + 1;
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToImmutableDictionary(k => k, k => k * k));
        }
    }
}
