using System.Globalization;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>The specification's <c>ID</c>: string or integer input, always a string output.</summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base(
            ScalarNames.ID,
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw LiteralError("a non-string and non-integer value", literal),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        null => null,
        string text => text,
        _ when NumberClassifier.Classify(externalValue, out var integer, out _) is NumberClass.Integral =>
            integer.ToString(CultureInfo.InvariantCulture),
        _ => throw ValueError("value", externalValue),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string text => text,
        Guid guid => guid.ToString("D"),
        _ when NumberClassifier.Classify(runtimeValue, out var integer, out _) is NumberClass.Integral =>
            integer.ToString(CultureInfo.InvariantCulture),
        _ => throw ValueError("value", runtimeValue),
    };

    public override IValueNode ValueToLiteral(object? runtimeValue) => Serialize(runtimeValue) switch
    {
        string text when IsIntegerText(text) => new IntValueNode(null, text),
        string text => new StringValueNode(text),
        _ => NullValueNode.Default,
    };

    // An ID that reads as an integer prints as an Int literal, as graphql-js does.
    private static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
