using Meridian.Language;

namespace Meridian.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType, IDirectiveTarget
{
    string Name { get; }

    string? Description { get; }

    /// <summary>The SDL definition the type came from, if any.</summary>
    ITypeDefinitionNode? SyntaxNode { get; }

    /// <summary>The SDL extensions merged into the type, in source order.</summary>
    IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes { get; }

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, …), which are never printed in SDL.</summary>
    bool IsIntrospectionType { get; }
}
