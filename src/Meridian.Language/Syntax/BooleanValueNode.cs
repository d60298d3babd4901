namespace Meridian.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : SyntaxNode, IValueNode
{
    public BooleanValueNode(Location? location, bool value)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; }

    public static BooleanValueNode True { get; } = new(null, true);

    public static BooleanValueNode False { get; } = new(null, false);

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
