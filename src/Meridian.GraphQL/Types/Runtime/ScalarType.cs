using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A scalar type (§3.5). Subclass it for a custom scalar, or configure one with delegates through
/// <see cref="ScalarTypeConfiguration"/>. An instance belongs to one schema once built.
/// </summary>
public abstract class ScalarType : NamedType, ILeafType
{
    private object? _owner;

    protected ScalarType(string name, string? description = null, string? specifiedBy = null)
        : base(name, description)
    {
        SpecifiedBy = specifiedBy;
    }

    public sealed override TypeKind Kind => TypeKind.Scalar;

    public sealed override DirectiveLocation DirectiveLocation => DirectiveLocation.Scalar;

    /// <summary>The scalar specification URL (<c>@specifiedBy(url:)</c>), or null.</summary>
    public string? SpecifiedBy { get; private set; }

    public abstract Type RuntimeType { get; }

    /// <summary>True for the five scalars of the specification (Int, Float, String, Boolean, ID).</summary>
    public bool IsSpecifiedScalar => ScalarNames.IsSpecified(Name);

    public abstract object? ParseLiteral(IValueNode literal);

    public abstract object? ParseValue(object? externalValue);

    public abstract object? Serialize(object? runtimeValue);

    public abstract IValueNode ValueToLiteral(object? runtimeValue);

    /// <summary>An error for a literal of the wrong kind: <c>Name cannot represent {what}: {literal}</c>.</summary>
    protected LeafCoercionException LiteralError(string what, IValueNode literal) =>
        new($"{Name} cannot represent {what}: {ValueInspector.Print(literal)}", Name);

    /// <summary>An error for an external or runtime value: <c>Name cannot represent {what}: {value}</c>.</summary>
    protected LeafCoercionException ValueError(string what, object? value) =>
        new($"{Name} cannot represent {what}: {ValueInspector.Inspect(value)}", Name);

    /// <summary>Binds the instance to the schema being built; an instance cannot serve two schemas with different settings.</summary>
    internal bool TryClaim(object owner, string? description, string? specifiedBy)
    {
        if (_owner is not null && !ReferenceEquals(_owner, owner))
        {
            return description is null && specifiedBy is null;
        }

        _owner = owner;
        if (description is not null)
        {
            Description = description;
        }

        if (specifiedBy is not null)
        {
            SpecifiedBy = specifiedBy;
        }

        return true;
    }
}
