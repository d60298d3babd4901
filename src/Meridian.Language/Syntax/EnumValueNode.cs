namespace Meridian.Language;

/// <summary>An enum value literal: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class EnumValueNode : SyntaxNode, IValueNode
{
    public EnumValueNode(Location? location, string value)
        : base(location)
    {
        Value = value;
    }

    public EnumValueNode(string value)
        : this(null, value)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; }

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
