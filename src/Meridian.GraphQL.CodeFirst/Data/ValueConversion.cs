using System.Globalization;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Converts coerced GraphQL values (an <c>Int</c> as int, a <c>DateTime</c> as <see cref="DateTimeOffset"/>) to the
/// CLR type of the property they are compared with.
/// </summary>
internal static class ValueConversion
{
    public static bool TryConvert(object? value, Type target, out object? converted)
    {
        converted = null;
        if (value is null)
        {
            return !target.IsValueType || Nullable.GetUnderlyingType(target) is not null;
        }

        var type = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            converted = value switch
            {
                _ when type.IsInstanceOfType(value) => value,
                DateTimeOffset offset when type == typeof(DateTime) => offset.UtcDateTime,
                DateTime dateTime when type == typeof(DateTimeOffset) => new DateTimeOffset(dateTime.ToUniversalTime()),
                string name when type.IsEnum => Enum.Parse(type, name, ignoreCase: true),
                _ when type.IsEnum => Enum.ToObject(type, value),
                string text when type == typeof(Guid) => Guid.Parse(text),
                IConvertible when typeof(IConvertible).IsAssignableFrom(type) => Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
                _ => null,
            };
            return converted is not null;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException or ArgumentException)
        {
            return false;
        }
    }
}
