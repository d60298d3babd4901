using System.Runtime.CompilerServices;
using Meridian.Execution;
using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Testing;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { a: String }
        type Subscription { messageAdded(room: String!): Message }
        type Message { text: String! room: String length: Int }
        """;

    private sealed record Message(string? Text, string Room);

    private static async Task<(IRequestExecutor Executor, ITopicEventSender Sender)> CreateAsync(bool failingLength = false)
    {
        IServiceProvider? provider = null;
        var executor = await TestExecutor.CreateAsync(
            Sdl,
            b => b.ConfigureSchema(s =>
            {
                s.BindSubscribeResolver("Subscription", "messageAdded", async context =>
                {
                    var receiver = context.Service<ITopicEventReceiver>();
                    var stream = await receiver.SubscribeAsync<Message>("room:" + context.ArgumentValue<string>("room"), cancellationToken: context.RequestAborted);
                    return stream.AsEventStream();
                });
                s.BindPureResolver("Message", "length", c => failingLength ? throw new InvalidOperationException("x") : c.Parent<Message>().Text?.Length);
            }),
            services => services.AddInMemorySubscriptions());
        provider = executor.Services;
        return (executor, provider.GetRequiredService<ITopicEventSender>());
    }

    [Fact]
    public async Task Each_event_is_executed_as_its_own_response_with_the_event_as_root()
    {
        var (executor, sender) = await CreateAsync();
        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync("subscription { messageAdded(room: \"r1\") { text length } }"));

        var reading = stream.Select(r => { using (r) { return r.ToJson(); } }).TakeAsync(2);
        await sender.SendAsync("room:r2", new Message("other room", "r2"));
        await sender.SendAsync("room:r1", new Message("hello", "r1"));
        await sender.SendAsync("room:r1", new Message("again", "r1"));

        Assert.Equal(
            [
                """{"data":{"messageAdded":{"text":"hello","length":5}}}""",
                """{"data":{"messageAdded":{"text":"again","length":5}}}""",
            ],
            await reading);
    }

    [Fact]
    public async Task Field_errors_of_an_event_are_reported_in_that_event_only()
    {
        var (executor, sender) = await CreateAsync(failingLength: true);
        await using var stream = (ResponseStream)await executor.ExecuteAsync("subscription { messageAdded(room: \"r\") { text length } }");
        var reading = stream.Select(r => { using (r) { return r.ToJson(); } }).TakeAsync(2);
        await sender.SendAsync("room:r", new Message(null, "r"));
        await sender.SendAsync("room:r", new Message("ok", "r"));
        var results = await reading;
        Assert.Contains("\"path\":[\"messageAdded\",\"text\"]", results[0]);
        Assert.Contains("\"data\":{\"messageAdded\":null}", results[0]);
        Assert.Contains("\"path\":[\"messageAdded\",\"length\"]", results[1]);
        Assert.Contains("\"data\":{\"messageAdded\":{\"text\":\"ok\",\"length\":null}}", results[1]);
    }

    [Fact]
    public async Task Cancelling_the_enumeration_disposes_the_source()
    {
        var source = new TrackingSource();
        var executor = await TestExecutor.CreateAsync(Sdl, b => b.BindSubscribeResolver("Subscription", "messageAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(source)));
        await using var stream = (ResponseStream)await executor.ExecuteAsync("subscription { messageAdded(room: \"r\") { text } }");
        using var cancel = new CancellationTokenSource();
        var received = new List<string>();
        var reading = Task.Run(async () =>
        {
            await foreach (var result in stream.WithCancellation(cancel.Token))
            {
                using (result)
                {
                    received.Add(result.ToJson());
                }

                await cancel.CancelAsync();
            }
        });

        source.Publish(new Message("one", "r"));
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["""{"data":{"messageAdded":{"text":"one"}}}"""], received);
        Assert.True(await source.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Disposing_an_unread_stream_disposes_the_source()
    {
        var source = new TrackingSource();
        var executor = await TestExecutor.CreateAsync(Sdl, b => b.BindSubscribeResolver("Subscription", "messageAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(source)));
        var stream = (ResponseStream)await executor.ExecuteAsync("subscription { messageAdded(room: \"r\") { text } }");
        await stream.DisposeAsync();
        Assert.True(await source.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_failing_source_ends_the_stream_with_an_error_result()
    {
        var executor = await TestExecutor.CreateAsync(Sdl, b => b.BindSubscribeResolver("Subscription", "messageAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(Failing())));
        await using var stream = (ResponseStream)await executor.ExecuteAsync("subscription { messageAdded(room: \"r\") { text } }");
        var results = await stream.Select(r => { using (r) { return r.ToJson(); } }).ReadToEndAsync();
        Assert.Equal(
            [
                """{"data":{"messageAdded":{"text":"before"}}}""",
                """{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"UNEXPECTED_ERROR"}}]}""",
            ],
            results);

        static async IAsyncEnumerable<object?> Failing()
        {
            await Task.Yield();
            yield return new Message("before", "r");
            throw new InvalidOperationException("source broke");
        }
    }

    [Fact]
    public async Task Subscribe_resolver_errors_are_returned_as_a_single_result()
    {
        var executor = await TestExecutor.CreateAsync(Sdl, b => b.BindSubscribeResolver("Subscription", "messageAdded", _ => throw new Meridian.Errors.GraphQLException("No such room.")));
        await using var result = await executor.ExecuteAsync("subscription { messageAdded(room: \"r\") { text } }");
        var single = Assert.IsType<OperationResult>(result);
        Assert.Equal("""{"errors":[{"message":"No such room.","locations":[{"line":1,"column":16}],"path":["messageAdded"]}]}""", single.ToJson());
    }

    /// <summary>A hand-made source that records its disposal (ended enumeration, or disposed unread) and honours cancellation.</summary>
    private sealed class TrackingSource : IAsyncEnumerable<object?>, IAsyncDisposable
    {
        private readonly System.Threading.Channels.Channel<object?> _events = System.Threading.Channels.Channel.CreateUnbounded<object?>();

        public TaskCompletionSource<bool> Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Publish(object? value) => _events.Writer.TryWrite(value);

        public ValueTask DisposeAsync()
        {
            Disposed.TrySetResult(true);
            return default;
        }

        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) => Read(cancellationToken).GetAsyncEnumerator(cancellationToken);

        private async IAsyncEnumerable<object?> Read([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                while (await _events.Reader.WaitToReadAsync(cancellationToken))
                {
                    while (_events.Reader.TryRead(out var item))
                    {
                        yield return item;
                    }
                }
            }
            finally
            {
                Disposed.TrySetResult(true);
            }
        }
    }
}

internal static class AsyncEnumerableProjection
{
    public static async IAsyncEnumerable<TResult> Select<T, TResult>(this IAsyncEnumerable<T> source, Func<T, TResult> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            yield return map(item);
        }
    }
}
