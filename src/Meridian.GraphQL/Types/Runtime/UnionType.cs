using System.Collections.Frozen;
using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>A union type (§3.8): one of a list of object types.</summary>
public sealed class UnionType : NamedType
{
    private FrozenSet<ObjectType> _typeSet = FrozenSet<ObjectType>.Empty;

    internal UnionType(string name, string? description, ResolveAbstractTypeDelegate? resolveAbstractType)
        : base(name, description)
    {
        ResolveAbstractType = resolveAbstractType;
    }

    public override TypeKind Kind => TypeKind.Union;

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.Union;

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <summary>Picks the object type of a resolved value; when null, object types' IsOfType and the CLR type map decide.</summary>
    public ResolveAbstractTypeDelegate? ResolveAbstractType { get; }

    public bool ContainsType(ObjectType objectType) => _typeSet.Contains(objectType);

    internal void SetTypes(ObjectType[] types)
    {
        Types = types;
        _typeSet = types.ToFrozenSet();
    }
}
