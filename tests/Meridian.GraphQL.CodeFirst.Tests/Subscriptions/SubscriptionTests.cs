using Meridian.Subscriptions;

namespace Meridian.GraphQL.CodeFirst.Tests.Subscriptions;

/// <summary>[Subscribe]/[Topic] fields over the in-process pub/sub, and streams returned by methods.</summary>
public sealed class SubscriptionTests
{
    private static async Task<ResponseStream> SubscribeAsync(IRequestExecutor executor, string document, CancellationToken cancellationToken)
    {
        var result = await executor.ExecuteAsync(OperationRequestBuilder.New().SetDocument(document).SetUser(Users.Librarian).Build(), cancellationToken);
        return Assert.IsType<ResponseStream>(result);
    }

    [Fact]
    public async Task Topic_templates_take_argument_values_and_events_reach_the_resolver()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var executor = await LibrarySchema.CreateAsync();
        await using var stream = await SubscribeAsync(executor, """subscription { onBookLent(bookId: "Qm9vazoz") { bookId member } }""", timeout.Token);
        await using var events = stream.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();

        var lend = OperationRequestBuilder.New().SetUser(Users.Librarian);
        await executor.RunAsync(lend.SetDocument("""mutation { lendBook(input: { bookId: "Qm9vazox", member: "ann" }) { loan { member } } }""").Build());
        await executor.RunAsync(lend.SetDocument("""mutation { lendBook(input: { bookId: "Qm9vazoz", member: "bob" }) { loan { member } } }""").Build());

        Assert.True(await next);
        using (var first = events.Current)
        {
            Assert.Equal("""{"data":{"onBookLent":{"bookId":"Qm9vazoz","member":"bob"}}}""", first.ToJson());
        }
    }

    [Fact]
    public async Task The_default_topic_is_the_method_name()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var executor = await LibrarySchema.CreateAsync();
        await using var stream = await SubscribeAsync(executor, "subscription { onBookAdded { title } }", timeout.Token);
        await using var events = stream.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();
        var sender = executor.Services.GetService(typeof(ITopicEventSender)) as ITopicEventSender;
        await sender!.SendAsync("OnBookAdded", new Library.Book { Id = 9, Title = "Golem XIV" }, timeout.Token);
        Assert.True(await next);
        using var result = events.Current;
        Assert.Equal("""{"data":{"onBookAdded":{"title":"Golem XIV"}}}""", result.ToJson());
    }

    [Fact]
    public async Task Methods_returning_async_streams_are_source_streams()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var executor = await LibrarySchema.CreateAsync();
        await using var stream = await SubscribeAsync(executor, "subscription { countdown(from: 2) }", timeout.Token);
        var results = new List<string>();
        await foreach (var result in stream.WithCancellation(timeout.Token))
        {
            using (result)
            {
                results.Add(result.ToJson());
            }
        }

        Assert.Equal(["""{"data":{"countdown":2}}""", """{"data":{"countdown":1}}""", """{"data":{"countdown":0}}"""], results);
    }
}
