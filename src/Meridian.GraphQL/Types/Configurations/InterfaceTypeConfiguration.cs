using Meridian.Execution;

namespace Meridian.Types;

public sealed class InterfaceTypeConfiguration : NamedTypeConfiguration
{
    public InterfaceTypeConfiguration(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    public List<FieldConfiguration> Fields { get; } = [];

    /// <summary>The interfaces this interface implements.</summary>
    public List<TypeReference> Interfaces { get; } = [];

    public ResolveAbstractTypeDelegate? ResolveAbstractType { get; set; }

    public FieldConfiguration? FindField(string name) => Fields.Find(f => f.Name == name);
}
