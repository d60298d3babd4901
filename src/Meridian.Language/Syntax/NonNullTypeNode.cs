namespace Meridian.Language;

/// <summary>A non-null type reference: <c>Type!</c>; it wraps a named or list type, never another non-null.</summary>
public sealed class NonNullTypeNode : SyntaxNode, ITypeNode
{
    public NonNullTypeNode(Location? location, INullableTypeNode type)
        : base(location)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public INullableTypeNode Type { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
