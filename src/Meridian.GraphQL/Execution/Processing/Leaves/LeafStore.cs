using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Completes a leaf field's value of CLR type <typeparamref name="T"/> without boxing, into its result slot or
/// straight into JSON: what the scalar's <c>Serialize</c> would produce, kept unboxed (<see cref="LeafFormat{T}"/>)
/// or as a reference it already is. Both return false for the same values, those that need the general completion
/// (null, or a value the scalar rejects), which then reports the error exactly as before.
/// </summary>
internal abstract class LeafStore<T>
{
    public abstract bool TryStore(T value, ObjectResult container, int index);

    /// <summary>Writes the serialized value as JSON (a list written during execution).</summary>
    public abstract bool TryWrite(T value, ref ResultJsonWriter writer);
}

/// <summary>Values that always serialize: kept unboxed, formatted by the JSON writer.</summary>
internal sealed class FormattedLeafStore<T>(LeafFormat<T> format) : LeafStore<T>, IFormattedLeafStore
    where T : unmanaged
{
    public LeafFormat Format => format;

    public override bool TryStore(T value, ObjectResult container, int index)
    {
        container.SetLeaf(index, format, value);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(T value, ref ResultJsonWriter writer)
    {
        format.WriteValue(ref writer, value);
        return true;
    }
}

/// <summary>A store of <see cref="Nullable{T}"/> values, whose values are those of another store.</summary>
internal interface INullableLeafStore
{
    /// <summary>The store of the values (a <see cref="LeafStore{T}"/> of the underlying type).</summary>
    object Values { get; }
}

/// <summary>A store whose values are all written by one format: compiled writers call the format's sealed class directly.</summary>
internal interface IFormattedLeafStore
{
    LeafFormat Format { get; }
}

/// <summary>The values of a <see cref="Nullable{T}"/> member that has one, as the store of its values completes them.</summary>
internal sealed class NullableLeafStore<T>(LeafStore<T> values) : LeafStore<T?>, INullableLeafStore
    where T : struct
{
    public object Values => values;

    public override bool TryStore(T? value, ObjectResult container, int index) =>
        value.HasValue && values.TryStore(value.GetValueOrDefault(), container, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(T? value, ref ResultJsonWriter writer) =>
        value.HasValue && values.TryWrite(value.GetValueOrDefault(), ref writer);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(double value, ref ResultJsonWriter writer)
    {
        if (!double.IsFinite(value))
        {
            return false;
        }

        writer.WriteNumber(value);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(bool value, ref ResultJsonWriter writer)
    {
        writer.WriteBoolean(value);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(string? value, ref ResultJsonWriter writer)
    {
        // A text with a lone surrogate goes to the general completion: read from the JSON, it would not be itself.
        return value is not null && writer.TryWriteExactString(value);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(int value, ref ResultJsonWriter writer)
    {
        IntegerIdLeafFormat.Instance.WriteValue(ref writer, value);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool TryWrite(DateTime value, ref ResultJsonWriter writer)
    {
        DateTimeLeafFormat.Instance.WriteValue(ref writer, DateTimeType.ToDateTimeOffset(value));
        return true;
    }
}

/// <summary>An enum's values completed as their names, kept encoded for writing as well.</summary>
internal abstract class EnumLeafStore<T> : LeafStore<T>
{
    public sealed override bool TryStore(T value, ObjectResult container, int index)
    {
        if (!TryFindName(value, out var name))
        {
            return false;
        }

        container.SetValue(index, name.Text);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sealed override bool TryWrite(T value, ref ResultJsonWriter writer)
    {
        if (!TryFindName(value, out var name))
        {
            return false;
        }

        writer.WriteRaw(name.Json);
        return true;
    }

    /// <summary>The name of the enum value bound to <paramref name="value"/>; false when there is none.</summary>
    protected abstract bool TryFindName(T value, out EnumName name);
}

/// <summary>An enum value's name, and the same as the JSON string the writer writes for it.</summary>
internal sealed class EnumName(string text)
{
    public string Text { get; } = text;

    public byte[] Json { get; } = [(byte)'"', .. JsonEncodedText.Encode(text, JsonResultFormatter.WriterOptions.Encoder).EncodedUtf8Bytes, (byte)'"'];
}

/// <summary>
/// An enum whose runtime values are strings (SDL-first): the name of the value bound to the string. The names are
/// looked up in a map of the enum's own, with ordinal string keys, as <see cref="EnumType.Serialize"/> would find
/// them: by runtime value first, then by name.
/// </summary>
internal sealed class StringEnumLeafStore : EnumLeafStore<string?>
{
    private readonly FrozenDictionary<string, EnumName> _names;

    public StringEnumLeafStore(EnumType type)
    {
        var names = new Dictionary<string, EnumName>(StringComparer.Ordinal);
        foreach (var value in type.Values)
        {
            if (value.RuntimeValue is string runtimeValue)
            {
                names.TryAdd(runtimeValue, new EnumName(value.Name));
            }
        }

        foreach (var value in type.Values)
        {
            names.TryAdd(value.Name, new EnumName(value.Name));
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    protected override bool TryFindName(string? value, out EnumName name)
    {
        if (value is null)
        {
            name = null!;
            return false;
        }

        return _names.TryGetValue(value, out name!);
    }
}

/// <summary>An enum bound to CLR enum members (code-first): the name of the member's value, looked up unboxed.</summary>
internal sealed class ClrEnumLeafStore<TEnum> : EnumLeafStore<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, EnumName> _names = [];

    public ClrEnumLeafStore(EnumType type)
    {
        foreach (var value in type.Values)
        {
            if (value.RuntimeValue is TEnum member)
            {
                _names.TryAdd(member, new EnumName(value.Name));
            }
        }
    }

    protected override bool TryFindName(TEnum value, out EnumName name) => _names.TryGetValue(value, out name!);
}
