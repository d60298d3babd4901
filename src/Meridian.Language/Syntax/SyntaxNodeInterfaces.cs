namespace Meridian.Language;

// The grammar's alternatives, as interfaces: a node class implements every rule it can stand for.

/// <summary>A top-level definition of a document.</summary>
public interface IDefinitionNode : ISyntaxNode;

/// <summary>An operation or fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectives;

/// <summary>A schema, type or directive definition.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode;

/// <summary>A schema or type extension.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode;

/// <summary>A named type's definition: scalar, object, interface, union, enum or input object.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives, IHasDescription;

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, INamedSyntaxNode, IHasDirectives;

/// <summary>An object or interface definition or extension: a named type with fields and interfaces.</summary>
public interface IComplexTypeNode : INamedSyntaxNode, IHasDirectives
{
    IReadOnlyList<NamedTypeNode> Interfaces { get; }

    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public interface ISelectionNode : ISyntaxNode, IHasDirectives;

/// <summary>A value literal, or a variable where variables are allowed.</summary>
public interface IValueNode : ISyntaxNode;

/// <summary>A type reference.</summary>
public interface ITypeNode : ISyntaxNode;

/// <summary>A type reference that a non-null type may wrap: named or list.</summary>
public interface INullableTypeNode : ITypeNode;

public interface INamedSyntaxNode : ISyntaxNode
{
    NameNode Name { get; }
}

public interface IHasDirectives : ISyntaxNode
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

public interface IHasDescription : ISyntaxNode
{
    StringValueNode? Description { get; }
}
