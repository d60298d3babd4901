using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>A union inferred from a marker interface or abstract class marked <see cref="UnionTypeAttribute"/>.</summary>
internal sealed class UnionTypeDefinition(UnionTypeConfiguration configuration, Type runtimeType)
{
    public UnionTypeConfiguration Configuration { get; } = configuration;

    public Type RuntimeType { get; } = runtimeType;
}
