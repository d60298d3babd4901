namespace Meridian.CodeFirst;

/// <summary>Binds a resolver parameter to the parent object (the object whose field is resolved).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>Binds a resolver parameter to the event of a subscription (the message the topic delivered).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventMessageAttribute : Attribute;

/// <summary>Binds a resolver parameter to an entry of the request's global state (<c>IResolverContext.ContextData</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class GlobalStateAttribute(string? key = null) : Attribute
{
    /// <summary>The state key; the parameter name when null.</summary>
    public string? Key { get; } = key;
}

/// <summary>Binds a resolver parameter to an entry of the scoped state that flows from a field to its subtree.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ScopedStateAttribute(string? key = null) : Attribute
{
    public string? Key { get; } = key;
}

/// <summary>Binds a resolver parameter to an entry of the field's local state (set by its middleware).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class LocalStateAttribute(string? key = null) : Attribute
{
    public string? Key { get; } = key;
}

/// <summary>Where a service parameter is resolved from.</summary>
public enum ServiceKind
{
    /// <summary>The request's services (its DI scope), or the resolver scope when the type is registered as resolver-scoped.</summary>
    Default,

    /// <summary>A DI scope of the resolver's own, so that concurrently running resolvers never share the instance (a DbContext).</summary>
    Resolver,
}

/// <summary>
/// Binds a resolver parameter to a service. Parameters whose type is registered in the container are services
/// without the attribute; the attribute makes it explicit and chooses a <see cref="ServiceKind"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute(ServiceKind kind = ServiceKind.Default) : Attribute
{
    public ServiceKind Kind { get; } = kind;
}
