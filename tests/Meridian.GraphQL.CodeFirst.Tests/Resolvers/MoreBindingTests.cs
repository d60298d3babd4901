using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Subscriptions;

namespace Meridian.GraphQL.CodeFirst.Tests.Resolvers;

/// <summary>Local state from middleware, IDs named by string or of any type, error classes, and stream methods.</summary>
public sealed class MoreBindingTests
{
    [Fact]
    public async Task Local_state_set_by_field_middleware_reaches_the_resolver()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<StateQuery>());
        Assert.Equal("""{"data":{"stamped":"stamp: from middleware"}}""", await executor.RunAsync("{ stamped }"));
    }

    [Fact]
    public async Task Ids_named_by_string_are_checked_and_ids_without_a_type_accept_any_type()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<IdQuery>());
        Assert.Equal("""{"data":{"bookKey":1,"anyKey":"Author:2"}}""", await executor.RunAsync("""{ bookKey(id: "Qm9vazox") anyKey(id: "QXV0aG9yOjI=") }"""));
        Assert.Contains("NODE_ID_INVALID", await executor.RunAsync("""{ bookKey(id: "QXV0aG9yOjI=") }"""));
    }

    [Fact]
    public async Task Error_classes_are_built_from_the_exceptions_they_take()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<IdQuery>().AddMutationType<QuotaMutation>().AddMutationConventions());
        Assert.Contains("type QuotaError implements Error {\n  message: String!\n  limit: Int!\n}", executor.Schema.ToString());
        Assert.Equal(
            """{"data":{"reserve":{"int":null,"errors":[{"__typename":"QuotaError","message":"Only 3 per day.","limit":3}]}}}""",
            await executor.RunAsync("mutation { reserve(input: { count: 5 }) { int errors { __typename ... on QuotaError { message limit } } } }"));
    }

    [Fact]
    public async Task Subscribe_with_a_method_returning_a_source_stream_task()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<IdQuery>().AddSubscriptionType<TickerSubscription>().AddInMemorySubscriptions());
        var result = await executor.ExecuteAsync(OperationRequest.FromSource("subscription { price(symbol: \"ACME\") }"), timeout.Token);
        await using var stream = Assert.IsType<ResponseStream>(result);
        await using var events = stream.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();
        var sender = (ITopicEventSender)executor.Services.GetService(typeof(ITopicEventSender))!;
        await sender.SendAsync("prices.ACME", 41.5m, timeout.Token);
        Assert.True(await next);
        using var first = events.Current;
        Assert.Equal("""{"data":{"price":"ACME at 41.5"}}""", first.ToJson());
    }

    public sealed class StateQuery
    {
        [Stamp]
        public string Stamped([LocalState("stamp")] string stamp) => "stamp: " + stamp;
    }

    private sealed class StampAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
    {
        protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
            descriptor.Use(next => context =>
            {
                context.LocalContextData = context.LocalContextData.SetItem("stamp", "from middleware");
                return next(context);
            });
    }

    public sealed class IdQuery
    {
        public int BookKey([ID("Book")] int id) => id;

        public string AnyKey([ID] string id) => "Author:" + id;
    }

    public sealed class QuotaExceededException(int limit) : Exception($"Only {limit} per day.")
    {
        public int Limit { get; } = limit;
    }

    public sealed class QuotaError(QuotaExceededException exception)
    {
        public string Message => exception.Message;

        public int Limit => exception.Limit;
    }

    public sealed class QuotaMutation
    {
        [Error<QuotaError>]
        public int Reserve(int count) => count <= 3 ? count : throw new QuotaExceededException(3);
    }

    public sealed class TickerSubscription
    {
        [Subscribe(With = nameof(SubscribeToPriceAsync))]
        public string Price(string symbol, [EventMessage] decimal price) => FormattableString.Invariant($"{symbol} at {price}");

        public ValueTask<ISourceStream<decimal>> SubscribeToPriceAsync(string symbol, ITopicEventReceiver receiver, CancellationToken cancellationToken) =>
            receiver.SubscribeAsync<decimal>("prices." + symbol, cancellationToken: cancellationToken);
    }
}
