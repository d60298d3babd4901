namespace Meridian.Language;

/// <summary>A string literal; <see cref="Block"/> tells whether it was written as a block string. <see cref="Value"/> is the decoded value.</summary>
public sealed class StringValueNode : SyntaxNode, IValueNode
{
    public StringValueNode(Location? location, string value, bool block)
        : base(location)
    {
        Value = value;
        Block = block;
    }

    public StringValueNode(string value)
        : this(null, value, block: false)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; }

    public bool Block { get; }

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
