using Meridian.Execution;

namespace Meridian.Types;

public sealed class ObjectTypeConfiguration : NamedTypeConfiguration
{
    public ObjectTypeConfiguration(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    public List<FieldConfiguration> Fields { get; } = [];

    /// <summary>The interfaces the type implements.</summary>
    public List<TypeReference> Interfaces { get; } = [];

    /// <summary>The CLR type whose instances are values of this type (for resolving abstract types).</summary>
    public Type? RuntimeType { get; set; }

    public IsOfTypeDelegate? IsOfType { get; set; }

    /// <summary>Finds a field by name (ordinal), or null.</summary>
    public FieldConfiguration? FindField(string name) => Fields.Find(f => f.Name == name);
}
