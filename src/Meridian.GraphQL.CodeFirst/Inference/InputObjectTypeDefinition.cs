using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>An input object inferred from a class or record, with the members its fields set.</summary>
internal sealed class InputObjectTypeDefinition(InputObjectTypeConfiguration configuration, Type runtimeType)
{
    public InputObjectTypeConfiguration Configuration { get; } = configuration;

    public Type RuntimeType { get; } = runtimeType;

    public List<InputFieldDefinition> Fields { get; } = [];

    /// <summary>Turns the coerced field map into a <see cref="RuntimeType"/> instance; compiled when the schema is built.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }
}

/// <summary>An input field and the property (or positional record parameter) it sets.</summary>
internal sealed class InputFieldDefinition(InputFieldConfiguration configuration, PropertyInfo property, ClrTypeShape shape)
{
    public InputFieldConfiguration Configuration { get; } = configuration;

    public PropertyInfo Property { get; } = property;

    public ClrTypeShape Shape { get; } = shape;

    public NodeIdReference? Id { get; set; }
}
