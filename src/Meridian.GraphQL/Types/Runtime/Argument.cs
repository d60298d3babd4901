using Meridian.Language;

namespace Meridian.Types;

/// <summary>An argument of a field or of a directive definition.</summary>
public sealed class Argument : InputValue
{
    internal Argument(
        string name,
        string? description,
        int index,
        string? deprecationReason,
        InputValueDefinitionNode? syntaxNode,
        IReadOnlyDictionary<string, object?> contextData)
        : base(name, description, index, deprecationReason, syntaxNode, contextData)
    {
    }

    /// <summary>The <see cref="OutputField"/> or <see cref="DirectiveType"/> that declares the argument.</summary>
    public ITypeSystemMember DeclaringMember { get; internal set; } = null!;

    public override string Coordinate => $"{DeclaringMember.Coordinate}({Name}:)";

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.ArgumentDefinition;
}
