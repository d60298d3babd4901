using Meridian.Language;

namespace Meridian.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValue
{
    internal InputField(
        string name,
        string? description,
        int index,
        string? deprecationReason,
        InputValueDefinitionNode? syntaxNode,
        IReadOnlyDictionary<string, object?> contextData)
        : base(name, description, index, deprecationReason, syntaxNode, contextData)
    {
    }

    public InputObjectType DeclaringType { get; internal set; } = null!;

    public override string Coordinate => $"{DeclaringType.Name}.{Name}";

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.InputFieldDefinition;
}
