using Meridian.Language;

namespace Meridian.Types;

/// <summary>The specification's <c>String</c>.</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base(
            ScalarNames.String,
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode text => text.Value,
        _ => throw LiteralError("a non string value", literal),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        null => null,
        string text => text,
        _ => throw ValueError("a non string value", externalValue),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string text => text,
        char character => character.ToString(),
        bool boolean => boolean ? "true" : "false",
        _ when NumberClassifier.Classify(runtimeValue, out _, out _) is not NumberClass.NotANumber => ValueInspector.Inspect(runtimeValue),
        _ => throw ValueError("value", runtimeValue),
    };

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string text ? new StringValueNode(text) : NullValueNode.Default;
}
