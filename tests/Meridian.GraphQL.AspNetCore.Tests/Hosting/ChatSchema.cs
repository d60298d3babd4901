using System.Runtime.CompilerServices;
using Meridian.Execution;
using Meridian.Subscriptions;

namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A message of the chat schema; travels through the pub/sub (and Redis, as JSON).</summary>
public sealed record ChatMessage(string Room, string Text);

/// <summary>
/// The schema the transport tests run against: a query, the identity of the caller, a mutation that publishes to a
/// room's topic, a subscription to a room, and a finite subscription that the server completes.
/// </summary>
internal static class ChatSchema
{
    public const string Sdl = """
        type Query { hello: String! me: String }
        type Mutation { send(room: String!, text: String!): Message! }
        type Subscription { messageAdded(room: String!): Message! countdown(from: Int!): Int! }
        type Message { room: String! text: String! }
        """;

    public static string Topic(string room) => "room:" + room;

    public static IRequestExecutorBuilder AddChatSchema(this IRequestExecutorBuilder builder) =>
        builder
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Query", "hello", _ => "world")
            .BindPureResolver("Query", "me", context => context.User?.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null)
            .BindResolver("Mutation", "send", async context =>
            {
                var message = new ChatMessage(context.ArgumentValue<string>("room"), context.ArgumentValue<string>("text"));
                await context.Service<ITopicEventSender>().SendAsync(Topic(message.Room), message, context.RequestAborted);
                return message;
            })
            .BindSubscribeResolver("Subscription", "messageAdded", async context =>
            {
                var receiver = context.Service<ITopicEventReceiver>();
                var stream = await receiver.SubscribeAsync<ChatMessage>(Topic(context.ArgumentValue<string>("room")), cancellationToken: context.RequestAborted);
                return stream.AsEventStream();
            })
            .BindPureResolver("Subscription", "messageAdded", context => context.Parent<ChatMessage>())
            .BindSubscribeResolver("Subscription", "countdown", context =>
                new ValueTask<IAsyncEnumerable<object?>>(CountDownAsync(context.ArgumentValue<int>("from"))))
            .BindPureResolver("Subscription", "countdown", context => context.Parent<int>());

    private static async IAsyncEnumerable<object?> CountDownAsync(int from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
