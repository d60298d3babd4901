namespace Meridian.CodeFirst;

/// <summary>
/// The topic of a <see cref="SubscribeAttribute"/> field. On the method: a fixed name, or a template whose
/// <c>{argument}</c> placeholders take the field's argument values (<c>[Topic("BookChanged_{bookId}")]</c>). On a
/// parameter: the argument's value is the topic.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class TopicAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
