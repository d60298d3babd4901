using Meridian.Language;

namespace Meridian.Types;

/// <summary>The specification's <c>Boolean</c>.</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base(ScalarNames.Boolean, "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override Type RuntimeType => typeof(bool);

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        BooleanValueNode boolean => boolean.Value,
        _ => throw LiteralError("a non boolean value", literal),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        null => null,
        bool => externalValue,
        _ => throw ValueError("a non boolean value", externalValue),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        bool => runtimeValue,
        _ => NumberClassifier.Classify(runtimeValue, out var integer, out var number) switch
        {
            NumberClass.Integral => integer != 0,
            NumberClass.NonIntegral or NumberClass.IntegralOutOfRange => number != 0,
            _ => throw ValueError("a non boolean value", runtimeValue),
        },
    };

    public override IValueNode ValueToLiteral(object? runtimeValue) => Serialize(runtimeValue) switch
    {
        true => BooleanValueNode.True,
        false => BooleanValueNode.False,
        _ => NullValueNode.Default,
    };
}
