namespace Meridian.CodeFirst;

/// <summary>
/// Makes a subscription field receive events from a topic (Hot Chocolate's <c>[Subscribe]</c>): the topic is the
/// <see cref="TopicAttribute"/>'s, else the method's name; each event is passed to the method through its
/// <see cref="EventMessageAttribute"/> parameter and the method's result is the field's value. With
/// <see cref="With"/>, another method of the class creates the source stream instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>The name of a method of the same class that returns the source stream (<c>IAsyncEnumerable&lt;T&gt;</c> or <c>ISourceStream&lt;T&gt;</c>, possibly in a task).</summary>
    public string? With { get; set; }

    /// <summary>The CLR type of the topic's messages when the method takes no event message parameter.</summary>
    public Type? MessageType { get; set; }
}
