namespace Meridian.CodeFirst;

/// <summary>
/// Makes an entity a <c>Node</c> (Relay's global object identification): the type implements <c>Node</c>, its key
/// property becomes <c>id: ID!</c> (an opaque ID), and <c>node(id:)</c> refetches it through its node resolver — a
/// method marked <see cref="NodeResolverAttribute"/> (on the entity or on a query class), else a static
/// <c>Get</c>/<c>GetAsync</c> method of the entity taking the key. It takes effect once
/// <c>AddGlobalObjectIdentification()</c> is called; until then the type is an ordinary object type.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class NodeAttribute : Attribute
{
    /// <summary>The key property's name; <c>Id</c> (or the property marked <c>[ID]</c>) when null.</summary>
    public string? IdField { get; set; }

    /// <summary>The name of the node resolver method of the entity, when it is not marked or named Get.</summary>
    public string? NodeResolver { get; set; }
}

/// <summary>Marks the method that loads a node by its key (its first argument parameter receives the decoded key).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeResolverAttribute : Attribute;
