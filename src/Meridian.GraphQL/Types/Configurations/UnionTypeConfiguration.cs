using Meridian.Execution;

namespace Meridian.Types;

public sealed class UnionTypeConfiguration : NamedTypeConfiguration
{
    public UnionTypeConfiguration(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member object types.</summary>
    public List<TypeReference> Types { get; } = [];

    public ResolveAbstractTypeDelegate? ResolveAbstractType { get; set; }
}
