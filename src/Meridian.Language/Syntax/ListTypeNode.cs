namespace Meridian.Language;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : SyntaxNode, INullableTypeNode
{
    public ListTypeNode(Location? location, ITypeNode type)
        : base(location)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.ListType;

    public ITypeNode Type { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
