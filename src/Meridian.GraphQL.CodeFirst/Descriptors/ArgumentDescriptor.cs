using Meridian.Types;

namespace Meridian.CodeFirst;

internal sealed class ArgumentDescriptor(ArgumentDefinition definition) : IArgumentDescriptor
{
    public ArgumentDefinition Definition => definition;

    public IArgumentDescriptor Type(TypeReference type)
    {
        ArgumentNullException.ThrowIfNull(type);
        definition.Type = type;
        return this;
    }

    public IArgumentDescriptor Description(string? description)
    {
        definition.Configuration.Description = description;
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        definition.Configuration.RuntimeDefaultValue = value;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        definition.Configuration.DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public IArgumentDescriptor ID(string? typeName = null)
    {
        definition.Id = new NodeIdReference(typeName, null);
        definition.Type = NodeIdTypes.ToIdType(definition.Type);
        return this;
    }
}
