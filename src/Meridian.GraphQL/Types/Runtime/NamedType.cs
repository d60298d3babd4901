using System.Collections.Frozen;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>The shared part of every named type. Types are created and completed by <see cref="SchemaBuilder"/>.</summary>
public abstract class NamedType : INamedType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; private protected set; }

    public abstract TypeKind Kind { get; }

    public abstract DirectiveLocation DirectiveLocation { get; }

    public string Coordinate => Name;

    public DirectiveCollection Directives { get; private set; } = DirectiveCollection.Empty;

    public IReadOnlyDictionary<string, object?> ContextData { get; private set; } = FrozenDictionary<string, object?>.Empty;

    public ITypeDefinitionNode? SyntaxNode { get; private set; }

    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes { get; private set; } = [];

    public bool IsIntrospectionType { get; private set; }

    public override string ToString() => Name;

    internal void SetDefinition(
        ITypeDefinitionNode? syntaxNode,
        IReadOnlyList<ITypeExtensionNode> extensionNodes,
        IReadOnlyDictionary<string, object?> contextData,
        bool isIntrospectionType)
    {
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensionNodes;
        ContextData = contextData;
        IsIntrospectionType = isIntrospectionType;
    }

    internal void SetDirectives(DirectiveCollection directives) => Directives = directives;
}
