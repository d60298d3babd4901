using System.Collections.Frozen;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Completes a leaf field's value of CLR type <typeparamref name="T"/> into its result slot without boxing: what the
/// scalar's <c>Serialize</c> would produce, kept unboxed (<see cref="LeafFormat{T}"/>) or as a reference it already
/// is. Returns false when the value needs the general completion (null, or a value the scalar rejects), which then
/// reports the error exactly as before.
/// </summary>
internal abstract class LeafStore<T>
{
    public abstract bool TryStore(T value, ObjectResult container, int index);
}

/// <summary>Values that always serialize: kept unboxed, formatted by the JSON writer.</summary>
internal sealed class FormattedLeafStore<T>(LeafFormat<T> format) : LeafStore<T>
    where T : unmanaged
{
    public override bool TryStore(T value, ObjectResult container, int index)
    {
        container.SetLeaf(index, format, value);
        return true;
    }
}

/// <summary><c>Float</c>: finite doubles only (the scalar rejects NaN and infinities).</summary>
internal sealed class FiniteDoubleLeafStore : LeafStore<double>
{
    public override bool TryStore(double value, ObjectResult container, int index)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        container.SetLeaf(index, DoubleLeafFormat.Instance, value);
        return true;
    }
}

/// <summary><c>Boolean</c>: one shared box per value.</summary>
internal sealed class BooleanLeafStore : LeafStore<bool>
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override bool TryStore(bool value, ObjectResult container, int index)
    {
        container.SetValue(index, value ? True : False);
        return true;
    }
}

/// <summary><c>String</c> and <c>ID</c> from a string: the string itself.</summary>
internal sealed class StringLeafStore : LeafStore<string?>
{
    public override bool TryStore(string? value, ObjectResult container, int index)
    {
        if (value is null)
        {
            return false;
        }

        container.SetValue(index, value);
        return true;
    }
}

/// <summary><c>ID</c> from an <see cref="int"/>: its digits as a string, written by the JSON writer.</summary>
internal sealed class Int32IdLeafStore : LeafStore<int>
{
    public override bool TryStore(int value, ObjectResult container, int index)
    {
        container.SetLeaf(index, IntegerIdLeafFormat.Instance, (long)value);
        return true;
    }
}

/// <summary><c>DateTime</c> from a <see cref="DateTime"/>: converted as the scalar converts it.</summary>
internal sealed class DateTimeLeafStore : LeafStore<DateTime>
{
    public override bool TryStore(DateTime value, ObjectResult container, int index)
    {
        container.SetLeaf(index, DateTimeLeafFormat.Instance, DateTimeType.ToDateTimeOffset(value));
        return true;
    }
}

/// <summary>
/// An enum whose runtime values are strings (SDL-first): the name of the value bound to the string. The names are
/// looked up in a map of the enum's own, with ordinal string keys, as <see cref="EnumType.Serialize"/> would find
/// them: by runtime value first, then by name.
/// </summary>
internal sealed class StringEnumLeafStore : LeafStore<string?>
{
    private readonly FrozenDictionary<string, string> _names;

    public StringEnumLeafStore(EnumType type)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in type.Values)
        {
            if (value.RuntimeValue is string runtimeValue)
            {
                names.TryAdd(runtimeValue, value.Name);
            }
        }

        foreach (var value in type.Values)
        {
            names.TryAdd(value.Name, value.Name);
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public override bool TryStore(string? value, ObjectResult container, int index)
    {
        if (value is null || !_names.TryGetValue(value, out var name))
        {
            return false;
        }

        container.SetValue(index, name);
        return true;
    }
}

/// <summary>An enum bound to CLR enum members (code-first): the name of the member's value, looked up unboxed.</summary>
internal sealed class ClrEnumLeafStore<TEnum> : LeafStore<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _names = [];

    public ClrEnumLeafStore(EnumType type)
    {
        foreach (var value in type.Values)
        {
            if (value.RuntimeValue is TEnum member)
            {
                _names.TryAdd(member, value.Name);
            }
        }
    }

    public override bool TryStore(TEnum value, ObjectResult container, int index)
    {
        if (!_names.TryGetValue(value, out var name))
        {
            return false;
        }

        container.SetValue(index, name);
        return true;
    }
}
