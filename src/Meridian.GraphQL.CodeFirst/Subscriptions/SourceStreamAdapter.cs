using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Execution;
using Meridian.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>Builds subscribe resolvers: from a topic over <see cref="ITopicEventReceiver"/>, or from a stream method's result.</summary>
internal static class SourceStreamAdapter
{
    private static readonly MethodInfo TopicMethod = typeof(SourceStreamAdapter).GetMethod(nameof(SubscribeToTopic), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo BoxMethod = typeof(SourceStreamAdapter).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AwaitTaskMethod = typeof(SourceStreamAdapter).GetMethod(nameof(AwaitTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AwaitValueTaskMethod = typeof(SourceStreamAdapter).GetMethod(nameof(AwaitValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Subscribes to the topic the template names, with the message type of the topic.</summary>
    public static SubscribeResolverDelegate ForTopic(TopicTemplate topic, Type messageType)
    {
        var subscribe = TopicMethod.MakeGenericMethod(messageType)
            .CreateDelegate<Func<IResolverContext, TopicTemplate, ValueTask<IAsyncEnumerable<object?>>>>();
        return context => subscribe(context, topic);
    }

    /// <summary>Adapts what a stream method returns (<c>IAsyncEnumerable&lt;T&gt;</c>, <c>ISourceStream&lt;T&gt;</c>, or a task of one).</summary>
    public static SubscribeResolverDelegate ForMethod(Func<IResolverContext, object?> invoke, Type returnType)
    {
        var adapt = CreateAdapter(returnType);
        return context => adapt(invoke(context));
    }

    private static Func<object?, ValueTask<IAsyncEnumerable<object?>>> CreateAdapter(Type returnType)
    {
        if (TypeInspector.IsTaskOfT(returnType))
        {
            var inner = CreateAdapter(returnType.GetGenericArguments()[0]);
            var awaiter = (returnType.GetGenericTypeDefinition() == typeof(Task<>) ? AwaitTaskMethod : AwaitValueTaskMethod)
                .MakeGenericMethod(returnType.GetGenericArguments()[0])
                .CreateDelegate<Func<object?, Func<object?, ValueTask<IAsyncEnumerable<object?>>>, ValueTask<IAsyncEnumerable<object?>>>>();
            return result => awaiter(result, inner);
        }

        if (typeof(ISourceStream).IsAssignableFrom(returnType))
        {
            return static result => new ValueTask<IAsyncEnumerable<object?>>(((ISourceStream)result!).AsEventStream());
        }

        var box = BoxMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]).CreateDelegate<Func<object?, IAsyncEnumerable<object?>>>();
        return result => new ValueTask<IAsyncEnumerable<object?>>(box(result));
    }

    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeToTopic<TMessage>(IResolverContext context, TopicTemplate topic)
    {
        var receiver = context.Services.GetRequiredService<ITopicEventReceiver>();
        var stream = await receiver.SubscribeAsync<TMessage>(topic.Format(context), cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return stream.AsEventStream();
    }

    private static IAsyncEnumerable<object?> Box<T>(object? stream) => BoxItems((IAsyncEnumerable<T>)stream!);

    private static async IAsyncEnumerable<object?> BoxItems<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static async ValueTask<IAsyncEnumerable<object?>> AwaitTask<T>(object? task, Func<object?, ValueTask<IAsyncEnumerable<object?>>> inner) =>
        await inner(await ((Task<T>)task!).ConfigureAwait(false)).ConfigureAwait(false);

    private static async ValueTask<IAsyncEnumerable<object?>> AwaitValueTask<T>(object? task, Func<object?, ValueTask<IAsyncEnumerable<object?>>> inner) =>
        await inner(await ((ValueTask<T>)task!).ConfigureAwait(false)).ConfigureAwait(false);
}
