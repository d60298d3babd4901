using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A completed, validated and immutable schema: root types, the named types, the directive definitions, and the
/// lookups execution needs (possible types of abstract types, the CLR type to object type map).
/// </summary>
public sealed class Schema : IDirectiveTarget
{
    private readonly INamedType[] _types;
    private readonly FrozenDictionary<string, INamedType> _typesByName;
    private readonly DirectiveType[] _directiveTypes;
    private readonly FrozenDictionary<string, DirectiveType> _directiveTypesByName;
    private readonly FrozenDictionary<Type, ObjectType> _objectTypesByRuntimeType;
    private readonly ConcurrentDictionary<Type, ObjectType?> _objectTypesByDerivedRuntimeType = new();
    private readonly FrozenDictionary<string, ComplexOutputType[]> _implementations;

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        INamedType[] types,
        DirectiveType[] directiveTypes,
        FrozenDictionary<Type, ObjectType> objectTypesByRuntimeType,
        FrozenDictionary<string, ComplexOutputType[]> implementations,
        SchemaOptions options,
        IReadOnlyDictionary<string, object?> contextData,
        SchemaDefinitionNode? syntaxNode,
        IReadOnlyList<SchemaExtensionNode> extensionSyntaxNodes)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        _types = types;
        _typesByName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _directiveTypes = directiveTypes;
        _directiveTypesByName = directiveTypes.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        _objectTypesByRuntimeType = objectTypesByRuntimeType;
        _implementations = implementations;
        Options = options;
        ContextData = contextData;
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensionSyntaxNodes;
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>The named types: declared types in declaration order, then the scalars added because they are referenced.</summary>
    public IReadOnlyList<INamedType> Types => _types;

    /// <summary>The directive definitions: built-in ones first, then declared ones in declaration order.</summary>
    public IReadOnlyList<DirectiveType> DirectiveTypes => _directiveTypes;

    public SchemaOptions Options { get; }

    public string Coordinate => string.Empty;

    public DirectiveCollection Directives { get; internal set; } = DirectiveCollection.Empty;

    public DirectiveLocation DirectiveLocation => DirectiveLocation.Schema;

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionSyntaxNodes { get; }

    /// <summary>The root type of an operation type, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The named type; throws <see cref="KeyNotFoundException"/> when the schema has none of that name.</summary>
    public INamedType GetType(string name) =>
        _typesByName.TryGetValue(name, out var type)
            ? type
            : throw new KeyNotFoundException($"The schema has no type named \"{name}\".");

    /// <summary>The named type as <typeparamref name="T"/>; throws when it is missing or of another kind.</summary>
    public T GetType<T>(string name)
        where T : INamedType =>
        GetType(name) is T type
            ? type
            : throw new InvalidCastException($"The type \"{name}\" is not a {typeof(T).Name}.");

    public bool TryGetType(string name, [NotNullWhen(true)] out INamedType? type) => _typesByName.TryGetValue(name, out type);

    public bool TryGetType<T>(string name, [NotNullWhen(true)] out T? type)
        where T : class, INamedType
    {
        type = _typesByName.TryGetValue(name, out var named) ? named as T : null;
        return type is not null;
    }

    public DirectiveType GetDirectiveType(string name) =>
        _directiveTypesByName.TryGetValue(name, out var directive)
            ? directive
            : throw new KeyNotFoundException($"The schema has no directive named \"@{name}\".");

    public bool TryGetDirectiveType(string name, [NotNullWhen(true)] out DirectiveType? directiveType) =>
        _directiveTypesByName.TryGetValue(name, out directiveType);

    /// <summary>
    /// The type a type reference of a document stands for (graphql-js's <c>typeFromAST</c>); false when a named type
    /// is unknown.
    /// </summary>
    public bool TryGetTypeFromSyntax(ITypeNode typeNode, [NotNullWhen(true)] out IType? type)
    {
        ArgumentNullException.ThrowIfNull(typeNode);
        switch (typeNode)
        {
            case NamedTypeNode named when _typesByName.TryGetValue(named.Name.Value, out var namedType):
                type = namedType;
                return true;
            case ListTypeNode list when TryGetTypeFromSyntax(list.Type, out var elementType):
                type = new ListType(elementType);
                return true;
            case NonNullTypeNode nonNull when TryGetTypeFromSyntax(nonNull.Type, out var nullableType):
                type = new NonNullType(nullableType);
                return true;
            default:
                type = null;
                return false;
        }
    }

    /// <summary>The object types an interface or union can resolve to; empty for other types.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType) => abstractType switch
    {
        InterfaceType interfaceType => interfaceType.PossibleTypes,
        UnionType unionType => unionType.Types,
        ObjectType objectType => [objectType],
        _ => [],
    };

    /// <summary>True when <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(INamedType abstractType, ObjectType objectType) => abstractType switch
    {
        InterfaceType interfaceType => interfaceType.PossibleTypeSet.Contains(objectType),
        UnionType unionType => unionType.ContainsType(objectType),
        ObjectType other => ReferenceEquals(other, objectType),
        _ => false,
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<ComplexOutputType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var implementations) ? implementations : [];

    /// <summary>
    /// The object type bound to a CLR type: an exact binding first, then the nearest bound base class or interface
    /// (looked up once per CLR type and cached).
    /// </summary>
    public bool TryGetObjectType(Type runtimeType, [NotNullWhen(true)] out ObjectType? objectType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        if (_objectTypesByRuntimeType.TryGetValue(runtimeType, out objectType))
        {
            return true;
        }

        if (_objectTypesByRuntimeType.Count == 0)
        {
            return false;
        }

        objectType = _objectTypesByDerivedRuntimeType.GetOrAdd(runtimeType, FindBoundAncestor);
        return objectType is not null;
    }

    /// <summary>
    /// Decides the object type of a value resolved for an abstract type: the abstract type's resolver, else the
    /// possible types' IsOfType, else the CLR type map. Null when none of them decides or the answer is not a
    /// possible type (the executor then reports <c>ABSTRACT_TYPE_UNRESOLVED</c>).
    /// </summary>
    public ObjectType? ResolveConcreteType(INamedType abstractType, IResolverContext context, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (abstractType is ObjectType objectType)
        {
            return objectType;
        }

        var resolver = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveAbstractType,
            UnionType unionType => unionType.ResolveAbstractType,
            _ => null,
        };

        ObjectType? resolved = null;
        if (resolver is not null)
        {
            resolved = resolver(context, value);
        }
        else
        {
            var possibleTypes = GetPossibleTypes(abstractType);
            for (var i = 0; i < possibleTypes.Count; i++)
            {
                if (possibleTypes[i].IsOfType is { } isOfType && isOfType(context, value))
                {
                    resolved = possibleTypes[i];
                    break;
                }
            }

            if (resolved is null && TryGetObjectType(value.GetType(), out var bound))
            {
                resolved = bound;
            }
        }

        return resolved is not null && IsPossibleType(abstractType, resolved) ? resolved : null;
    }

    public override string ToString() => SchemaPrinter.Print(this);

    private ObjectType? FindBoundAncestor(Type runtimeType)
    {
        for (var baseType = runtimeType.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (_objectTypesByRuntimeType.TryGetValue(baseType, out var objectType))
            {
                return objectType;
            }
        }

        foreach (var implemented in runtimeType.GetInterfaces())
        {
            if (_objectTypesByRuntimeType.TryGetValue(implemented, out var objectType))
            {
                return objectType;
            }
        }

        return null;
    }
}
