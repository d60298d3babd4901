namespace Meridian.Language;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : SyntaxNode, IValueNode
{
    public NullValueNode(Location? location)
        : base(location)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.NullValue;

    public static NullValueNode Default { get; } = new(null);

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
