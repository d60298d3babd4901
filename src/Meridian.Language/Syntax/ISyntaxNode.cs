namespace Meridian.Language;

/// <summary>Any node of the syntax tree; the interfaces below group nodes by the grammar rule they can stand for.</summary>
public interface ISyntaxNode
{
    SyntaxKind Kind { get; }

    /// <summary>Where the node was read from, or null for nodes built in code.</summary>
    Location? Location { get; }

    IEnumerable<ISyntaxNode> GetNodes();
}
