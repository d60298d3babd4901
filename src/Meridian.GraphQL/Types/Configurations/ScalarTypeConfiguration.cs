using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A scalar: either an implementation instance (<see cref="Instance"/>, for <see cref="ScalarType"/> subclasses) or a
/// custom scalar defined by delegates (for SDL <c>scalar X</c> with serialize and parse hooks). Unset hooks pass
/// values through: literals become plain CLR values, external and runtime values are kept as they are.
/// </summary>
public sealed class ScalarTypeConfiguration : NamedTypeConfiguration
{
    public ScalarTypeConfiguration(string name)
        : base(name)
    {
    }

    /// <summary>A scalar described by an implementation instance; its name is the instance's.</summary>
    public ScalarTypeConfiguration(ScalarType instance)
        : base(instance.Name)
    {
        Instance = instance;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The implementation; when set, the delegates below are not used.</summary>
    public ScalarType? Instance { get; set; }

    /// <summary>The scalar specification URL (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedBy { get; set; }

    public Type RuntimeType { get; set; } = typeof(object);

    public Func<IValueNode, object?>? ParseLiteral { get; set; }

    public Func<object?, object?>? ParseValue { get; set; }

    public Func<object?, object?>? Serialize { get; set; }

    public Func<object?, IValueNode>? ValueToLiteral { get; set; }
}
