using System.Reflection;
using Meridian.Subscriptions;

namespace Meridian.CodeFirst;

/// <summary>
/// Reads how a subscription root method produces events: <see cref="SubscribeAttribute"/> with a topic (or a
/// <c>With</c> stream method), or a method that itself returns <see cref="IAsyncEnumerable{T}"/> /
/// <see cref="ISourceStream{TMessage}"/> (possibly in a task), whose items are the field's values.
/// </summary>
internal static class SubscriptionInference
{
    public static SubscriptionDefinition? Inspect(DescriptorContext context, MethodInfo method, Type sourceType)
    {
        var memberShape = context.Nullability.GetShape(method);
        if (method.GetCustomAttribute<SubscribeAttribute>() is { } subscribe)
        {
            if (subscribe.With is { } withName)
            {
                var with = sourceType.GetMethod(withName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance);
                if (with is null || !TryGetStreamItem(context, with, out var withItem, out _))
                {
                    context.ReportError($"The subscription {method.Name} names {withName} as its source stream, but {sourceType.Name} has no method of that name returning IAsyncEnumerable<T> or ISourceStream<T>.", method.Name);
                    return null;
                }

                return new SubscriptionDefinition { ResultShape = memberShape, MessageType = withItem, SubscribeMethod = with, ResolvesWithMember = true };
            }

            var messageType = subscribe.MessageType
                ?? method.GetParameters().FirstOrDefault(p => p.IsDefined(typeof(EventMessageAttribute)))?.ParameterType
                ?? memberShape.ClrType;
            return new SubscriptionDefinition
            {
                ResultShape = memberShape,
                MessageType = messageType,
                Topic = ReadTopic(context, method),
                ResolvesWithMember = true,
            };
        }

        if (TryGetStreamItem(context, method, out var item, out var itemNullability))
        {
            return new SubscriptionDefinition
            {
                ResultShape = ClrTypeShape.Create(item, itemNullability),
                MessageType = item,
                SubscribeMethod = method,
                ResolvesWithMember = false,
            };
        }

        return null;
    }

    private static TopicTemplate ReadTopic(DescriptorContext context, MethodInfo method)
    {
        if (method.GetParameters().FirstOrDefault(p => p.IsDefined(typeof(TopicAttribute))) is { } topicParameter)
        {
            return TopicTemplate.FromArgument(context.Naming.GetArgumentName(topicParameter));
        }

        var template = method.GetCustomAttribute<TopicAttribute>()?.Name ?? method.Name;

        // Placeholders may name the C# parameter or the GraphQL argument; both mean the argument.
        foreach (var parameter in method.GetParameters())
        {
            template = template.Replace("{" + parameter.Name + "}", "{" + context.Naming.GetArgumentName(parameter) + "}", StringComparison.Ordinal);
        }

        return TopicTemplate.Parse(template);
    }

    /// <summary>The item type of a method returning a source stream, with its nullability when recorded.</summary>
    private static bool TryGetStreamItem(DescriptorContext context, MethodInfo method, out Type item, out NullabilityInfo? nullability)
    {
        var type = method.ReturnType;
        nullability = context.Nullability.GetInfo(method.ReturnParameter);
        if (TypeInspector.IsTaskOfT(type))
        {
            type = type.GetGenericArguments()[0];
            nullability = nullability.GenericTypeArguments is [var inner] ? inner : null;
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) || type.GetGenericTypeDefinition() == typeof(ISourceStream<>)))
        {
            item = type.GetGenericArguments()[0];
            nullability = nullability?.GenericTypeArguments is [var element] ? element : null;
            return true;
        }

        item = typeof(object);
        nullability = null;
        return false;
    }
}
