namespace Meridian.CodeFirst;

/// <summary>A decoded opaque ID: the node type's name and the key.</summary>
public readonly record struct NodeId(string TypeName, object Key);
