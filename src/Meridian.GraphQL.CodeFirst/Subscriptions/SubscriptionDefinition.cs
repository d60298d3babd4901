using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>How a subscription field gets its events and resolves each of them.</summary>
internal sealed class SubscriptionDefinition
{
    /// <summary>The shape of the field's value (an event, or what the resolve method returns for it).</summary>
    public required ClrTypeShape ResultShape { get; init; }

    /// <summary>The CLR type of the events.</summary>
    public required Type MessageType { get; init; }

    /// <summary>The method creating the source stream; null for topic subscriptions.</summary>
    public MethodInfo? SubscribeMethod { get; init; }

    /// <summary>The topic template of a topic subscription.</summary>
    public TopicTemplate? Topic { get; init; }

    /// <summary>True when the field's member is called for each event; false when the event itself is the value.</summary>
    public bool ResolvesWithMember { get; init; }

    /// <summary>The bindings of <see cref="SubscribeMethod"/>'s parameters when it is not the field's member.</summary>
    public IReadOnlyList<ParameterBinding> SubscribeParameters { get; set; } = [];
}
