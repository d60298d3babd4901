using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>An interface type inferred from a C# interface or an abstract class marked <see cref="InterfaceTypeAttribute"/>.</summary>
internal sealed class InterfaceTypeDefinition(InterfaceTypeConfiguration configuration, Type runtimeType)
{
    public InterfaceTypeConfiguration Configuration { get; } = configuration;

    public Type RuntimeType { get; } = runtimeType;

    public List<ObjectFieldDefinition> Fields { get; } = [];
}
