using Meridian.Language;

namespace Meridian.Types;

/// <summary>The configuration of a named type.</summary>
public abstract class NamedTypeConfiguration : TypeSystemConfiguration
{
    protected NamedTypeConfiguration(string name)
        : base(name)
    {
    }

    public abstract TypeKind Kind { get; }

    /// <summary>The SDL extensions merged into this configuration, for error locations and the runtime type.</summary>
    public List<ITypeExtensionNode> ExtensionSyntaxNodes { get; } = [];

    /// <summary>Marks the introspection types (names starting with <c>__</c> are allowed for them only).</summary>
    public bool IsIntrospectionType { get; set; }
}
