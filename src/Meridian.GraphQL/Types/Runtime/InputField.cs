using Meridian.Language;

namespace Meridian.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValue
{
    internal InputField(InputFieldConfiguration configuration, int index, string? deprecationReason)
        : base(configuration, index, deprecationReason)
    {
    }

    public InputObjectType DeclaringType { get; internal set; } = null!;

    public override string Coordinate => $"{DeclaringType.Name}.{Name}";

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.InputFieldDefinition;
}
