using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>An object type (§3.6): the concrete output type that resolvers' values are completed against.</summary>
public sealed class ObjectType : ComplexOutputType
{
    internal ObjectType(string name, string? description, Type? runtimeType, IsOfTypeDelegate? isOfType)
        : base(name, description)
    {
        RuntimeType = runtimeType;
        IsOfType = isOfType;
    }

    public override TypeKind Kind => TypeKind.Object;

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.Object;

    /// <summary>The CLR type bound to this object type, used to resolve abstract types; null when unbound.</summary>
    public Type? RuntimeType { get; }

    /// <summary>Tells whether a resolved value belongs to this type, for abstract types without a resolver.</summary>
    public IsOfTypeDelegate? IsOfType { get; }
}
