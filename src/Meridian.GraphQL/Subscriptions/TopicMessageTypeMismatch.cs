namespace Meridian.Subscriptions;

/// <summary>The errors for using a topic with a message type other than the one it carries.</summary>
internal static class TopicMessageTypeMismatch
{
    public static InvalidOperationException ForSubscribe(string topic, Type carried, Type requested) =>
        new($"Topic '{topic}' carries messages of type {carried.FullName}; it cannot be subscribed to as {requested.FullName}.");

    public static InvalidOperationException ForPublish(string topic, Type carried, Type sent) =>
        new($"Topic '{topic}' carries messages of type {carried.FullName}; a {sent.FullName} cannot be sent to it.");
}
