using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// The shared coercion of scalars that travel as strings of a fixed format (DateTime, Date, LocalTime, UUID, URL):
/// string literals and string variables are parsed, runtime values are formatted.
/// </summary>
public abstract class StringFormatScalarType<T> : ScalarType
    where T : notnull
{
    protected StringFormatScalarType(string name, string? description, string? specifiedBy)
        : base(name, description, specifiedBy)
    {
    }

    public override Type RuntimeType => typeof(T);

    /// <summary>What a valid string looks like, for messages: <c>DateTime cannot represent an invalid {FormatName}: "…"</c>.</summary>
    protected abstract string FormatName { get; }

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode text when TryParse(text.Value, out var value) => value,
        StringValueNode => throw LiteralError($"an invalid {FormatName}", literal),
        _ => throw LiteralError("a non string value", literal),
    };

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        null => null,
        string text when TryParse(text, out var value) => value,
        string => throw ValueError($"an invalid {FormatName}", externalValue),
        _ when TryConvert(externalValue, out var value) => value,
        _ => throw ValueError("a non string value", externalValue),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        _ when TryConvert(runtimeValue, out var value) => Format(value),
        _ => throw ValueError("value", runtimeValue),
    };

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string text ? new StringValueNode(text) : NullValueNode.Default;

    /// <summary>Parses the scalar's string form; false when the text is not in the format.</summary>
    protected abstract bool TryParse(string text, out T value);

    /// <summary>Formats a runtime value as the scalar's string form.</summary>
    protected abstract string Format(T value);

    /// <summary>Accepts runtime values given as CLR objects (the runtime type, and related types a scalar allows).</summary>
    protected virtual bool TryConvert(object value, out T result)
    {
        if (value is T typed)
        {
            result = typed;
            return true;
        }

        result = default!;
        return false;
    }
}
