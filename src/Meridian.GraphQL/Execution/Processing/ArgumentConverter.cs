using System.Collections;
using System.Globalization;
using Meridian.Errors;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Gives a coerced argument value as the CLR type a resolver asks for: the value itself when it already is one,
/// numeric widening and narrowing with range checks, and lists (coerced as arrays) as arrays or lists of T.
/// </summary>
internal static class ArgumentConverter
{
    public static T Convert<T>(object? value, Argument argument)
    {
        switch (value)
        {
            case T typed:
                return typed;
            case null:
                return default!;
        }

        try
        {
            return (T)Convert(value, typeof(T));
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            throw new GraphQLException(ErrorBuilder.New()
                .SetMessage($"The argument \"{argument.Name}\" of {argument.DeclaringMember.Coordinate} is a {value.GetType().Name}, which cannot be read as {typeof(T).Name}.")
                .SetCode(ErrorCodes.ArgumentValueInvalid)
                .SetException(exception)
                .Build());
        }
    }

    private static object Convert(object value, Type target)
    {
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var nullable = Nullable.GetUnderlyingType(target);
        if (nullable is not null)
        {
            return Convert(value, nullable);
        }

        if (value is IList items && TryGetElementType(target, out var elementType))
        {
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i] is null ? null : Convert(items[i]!, elementType), i);
            }

            if (target.IsArray || target.IsAssignableFrom(array.GetType()))
            {
                return array;
            }

            return Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), array)!;
        }

        if (target.IsEnum && value is string name)
        {
            return Enum.Parse(target, name, ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException();
    }

    private static bool TryGetElementType(Type target, out Type elementType)
    {
        if (target.IsArray)
        {
            elementType = target.GetElementType()!;
            return true;
        }

        if (target.IsGenericType && target.GetGenericArguments() is [var argument]
            && typeof(List<>).MakeGenericType(argument).IsAssignableTo(target))
        {
            elementType = argument;
            return true;
        }

        elementType = typeof(object);
        return false;
    }
}
