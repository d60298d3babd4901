using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>Configures one argument of a field.</summary>
public interface IArgumentDescriptor
{
    ArgumentDefinition Definition { get; }

    IArgumentDescriptor Type(TypeReference type);

    IArgumentDescriptor Description(string? description);

    /// <summary>A default value as a runtime value (converted to a literal for SDL and introspection).</summary>
    IArgumentDescriptor DefaultValue(object? value);

    IArgumentDescriptor Deprecated(string? reason = null);

    /// <summary>Decodes the argument as an opaque node ID, checked against <paramref name="typeName"/> when given.</summary>
    IArgumentDescriptor ID(string? typeName = null);
}
