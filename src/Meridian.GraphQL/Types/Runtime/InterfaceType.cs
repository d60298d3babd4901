using System.Collections.Frozen;
using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>An interface type (§3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    internal InterfaceType(string name, string? description, ResolveAbstractTypeDelegate? resolveAbstractType)
        : base(name, description)
    {
        ResolveAbstractType = resolveAbstractType;
    }

    public override TypeKind Kind => TypeKind.Interface;

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.Interface;

    /// <summary>Picks the object type of a resolved value; when null, object types' IsOfType and the CLR type map decide.</summary>
    public ResolveAbstractTypeDelegate? ResolveAbstractType { get; }

    /// <summary>The object types that implement this interface (directly or through other interfaces), in schema order.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes { get; private set; } = [];

    internal FrozenSet<ObjectType> PossibleTypeSet { get; private set; } = FrozenSet<ObjectType>.Empty;

    internal void SetPossibleTypes(ObjectType[] possibleTypes)
    {
        PossibleTypes = possibleTypes;
        PossibleTypeSet = possibleTypes.ToFrozenSet();
    }
}
