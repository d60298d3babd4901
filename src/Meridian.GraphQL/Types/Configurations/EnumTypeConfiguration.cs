namespace Meridian.Types;

public sealed class EnumTypeConfiguration : NamedTypeConfiguration
{
    public EnumTypeConfiguration(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public List<EnumValueConfiguration> Values { get; } = [];

    /// <summary>The CLR type of the runtime values (a CLR enum in code-first); strings when null.</summary>
    public Type? RuntimeType { get; set; }
}
