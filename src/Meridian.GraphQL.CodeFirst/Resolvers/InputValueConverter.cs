using System.Globalization;
using System.Reflection;
using Meridian.Errors;

namespace Meridian.CodeFirst;

/// <summary>
/// Converts coerced input values — the engine's runtime values: strings, numbers, booleans, CLR enum members,
/// <c>object?[]</c> lists and field maps of input objects — to the CLR types resolvers and input records declare:
/// numeric widening and narrowing, <see cref="DateTimeOffset"/> to <see cref="DateTime"/>, arrays and lists of T,
/// input objects through their compiled factories, and opaque node IDs decoded to their keys. Each converter is
/// built once per target when the schema is built; calls only run the prepared delegates.
/// </summary>
internal sealed class InputValueConverter(DescriptorContext context, NodeIdSerializer ids)
{
    private static readonly MethodInfo ToArrayMethod = typeof(InputValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToListMethod = typeof(InputValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToHashSetMethod = typeof(InputValueConverter).GetMethod(nameof(ToHashSet), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<(Type, NodeIdReference?), Func<object?, object?>> _converters = [];

    /// <summary>True when the engine's runtime value already is of <paramref name="type"/>, so no conversion is needed.</summary>
    public static bool IsDirect(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum || target == typeof(string) || target == typeof(int) || target == typeof(double)
            || target == typeof(bool) || target == typeof(long) || target == typeof(decimal) || target == typeof(Guid)
            || target == typeof(DateTimeOffset) || target == typeof(DateOnly) || target == typeof(TimeOnly)
            || target == typeof(Uri) || target == typeof(object);
    }

    /// <summary>The converter to <paramref name="target"/>; <paramref name="id"/> decodes node IDs (of lists too).</summary>
    public Func<object?, object?> Get(Type target, NodeIdReference? id = null)
    {
        if (!_converters.TryGetValue((target, id), out var converter))
        {
            converter = Build(target, id);
            _converters[(target, id)] = converter;
        }

        return converter;
    }

    private Func<object?, object?> Build(Type target, NodeIdReference? id)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = Get(underlying, id);
            return value => value is null ? null : inner(value);
        }

        if (target != typeof(string) && !TypeInspector.IsDictionary(target) && TypeInspector.TryGetElementType(target, out var element))
        {
            var convertElement = Get(element, id);
            var method = target.IsArray ? ToArrayMethod
                : target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? ToListMethod
                : target.IsAssignableFrom(typeof(HashSet<>).MakeGenericType(element)) ? ToHashSetMethod
                : null;
            if (method is null)
            {
                context.ReportError($"Input lists cannot be converted to {target.Name}; use an array, List<T>, IReadOnlyList<T>, IEnumerable<T> or HashSet<T>.", target.Name);
                return static value => value;
            }

            var convertList = method.MakeGenericMethod(element).CreateDelegate<Func<object?, Func<object?, object?>, object?>>();
            return value => convertList(value, convertElement);
        }

        if (id is not null)
        {
            var decoder = new NodeIdDecoder(ids, context.ResolveNodeTypeName(id, null), target);
            return decoder.Decode;
        }

        if (context.TryGetInputObject(target, out var input))
        {
            return value => value is IReadOnlyDictionary<string, object?> fields ? input.Factory!(fields) : value;
        }

        return BuildLeaf(target);
    }

    private static Func<object?, object?> BuildLeaf(Type target)
    {
        if (target == typeof(DateTime))
        {
            return static value => value is DateTimeOffset offset ? offset.UtcDateTime : value;
        }

        if (target == typeof(DateTimeOffset))
        {
            return static value => value is DateTime dateTime ? new DateTimeOffset(dateTime) : value;
        }

        if (target == typeof(Guid))
        {
            return static value => value is string text ? Guid.Parse(text, CultureInfo.InvariantCulture) : value;
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => value is null || value.GetType() == target ? value : ChangeType(value, target);
        }

        return static value => value;
    }

    private static object ChangeType(object value, Type target)
    {
        try
        {
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is OverflowException or FormatException or InvalidCastException)
        {
            throw new GraphQLException(ErrorBuilder.New()
                .SetMessage($"The value {Convert.ToString(value, CultureInfo.InvariantCulture)} cannot be represented as {target.Name}.")
                .SetCode(ErrorCodes.ArgumentValueInvalid)
                .SetException(exception)
                .Build());
        }
    }

    private static object? ToArray<T>(object? value, Func<object?, object?> convert)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            return value is null ? null : new[] { (T)convert(value)! };
        }

        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = (T)convert(items[i])!;
        }

        return array;
    }

    private static object? ToList<T>(object? value, Func<object?, object?> convert) =>
        ToArray<T>(value, convert) is T[] array ? new List<T>(array) : null;

    private static object? ToHashSet<T>(object? value, Func<object?, object?> convert) =>
        ToArray<T>(value, convert) is T[] array ? new HashSet<T>(array) : null;
}
