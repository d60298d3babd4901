namespace Meridian.Language;

/// <summary>A schema coordinate (Sept 2025 §2.x): <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive</c> or <c>@directive(arg:)</c>.</summary>
public sealed class SchemaCoordinateNode : SyntaxNode
{
    public SchemaCoordinateNode(Location? location, bool ofDirective, NameNode name, NameNode? memberName, NameNode? argumentName)
        : base(location)
    {
        OfDirective = ofDirective;
        Name = name;
        MemberName = memberName;
        ArgumentName = argumentName;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaCoordinate;

    /// <summary>True for <c>@directive</c> coordinates.</summary>
    public bool OfDirective { get; }

    public NameNode Name { get; }

    /// <summary>The field, input field or enum value name.</summary>
    public NameNode? MemberName { get; }

    public NameNode? ArgumentName { get; }

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        if (MemberName is not null)
        {
            yield return MemberName;
        }

        if (ArgumentName is not null)
        {
            yield return ArgumentName;
        }
    }
}
