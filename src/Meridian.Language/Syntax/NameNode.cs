namespace Meridian.Language;

/// <summary>A name: of a field, type, argument, directive, variable or fragment.</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(Location? location, string value)
        : base(location)
    {
        Value = value;
    }

    public NameNode(string value)
        : this(null, value)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name itself.</summary>
    public string Value { get; }

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
