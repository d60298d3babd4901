using System.Globalization;

namespace Meridian.Execution;

/// <summary>An <c>Int</c> (or <c>Long</c> read from an <see cref="int"/>): written as a JSON number.</summary>
internal sealed class Int32LeafFormat : LeafFormat<int>
{
    public static readonly Int32LeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, int value) => writer.WriteNumber(value);

    protected override object ToResultValue(int value) => value;
}

/// <summary>A <c>Long</c>: written as a JSON number.</summary>
internal sealed class Int64LeafFormat : LeafFormat<long>
{
    public static readonly Int64LeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, long value) => writer.WriteNumber(value);

    protected override object ToResultValue(long value) => value;
}

/// <summary>A <c>Float</c> (finite): written as a JSON number.</summary>
internal sealed class DoubleLeafFormat : LeafFormat<double>
{
    public static readonly DoubleLeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, double value) => writer.WriteNumber(value);

    protected override object ToResultValue(double value) => value;
}

/// <summary>An <c>ID</c> read from an integer: written as a JSON string of its digits.</summary>
internal sealed class IntegerIdLeafFormat : LeafFormat<long>
{
    public static readonly IntegerIdLeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, long value)
    {
        var length = DirectJson.WriteIntegerId(ref writer.GetRoom(DirectJson.MaxIntegerIdLength), value);
        writer.Advance(length);
    }

    protected override object ToResultValue(long value) => value.ToString(CultureInfo.InvariantCulture);
}
