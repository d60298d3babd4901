namespace Meridian.Language;

/// <summary>
/// The base of every node of the syntax tree. Nodes are immutable and compare by reference, so that analyses can key
/// dictionaries by node cheaply.
/// </summary>
public abstract class SyntaxNode : ISyntaxNode
{
    protected SyntaxNode(Location? location)
    {
        Location = location;
    }

    public abstract SyntaxKind Kind { get; }

    public Location? Location { get; }

    /// <summary>The node's children, in source order.</summary>
    public abstract IEnumerable<ISyntaxNode> GetNodes();

    /// <summary>The node printed as GraphQL source (<see cref="SyntaxPrinter"/>, indented).</summary>
    public override string ToString() => SyntaxPrinter.Print(this, indented: true);
}
