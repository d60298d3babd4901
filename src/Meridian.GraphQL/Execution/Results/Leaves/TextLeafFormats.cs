using Meridian.Types;

namespace Meridian.Execution;

/// <summary>A <c>DateTime</c>: written as its RFC 3339 string (<see cref="DateTimeText"/>).</summary>
internal sealed class DateTimeLeafFormat : LeafFormat<DateTimeOffset>
{
    public static readonly DateTimeLeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, DateTimeOffset value)
    {
        writer.EndAsciiString(DateTimeText.Write(value, writer.BeginAsciiString(DateTimeText.MaxDateTimeLength)));
    }

    protected override object ToResultValue(DateTimeOffset value) => DateTimeText.Format(value);
}

/// <summary>A <c>Date</c>: written as <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateLeafFormat : LeafFormat<DateOnly>
{
    public static readonly DateLeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, DateOnly value)
    {
        DateTimeText.Write(value, writer.BeginAsciiString(DateTimeText.DateLength));
        writer.EndAsciiString(DateTimeText.DateLength);
    }

    protected override object ToResultValue(DateOnly value) => DateTimeText.Format(value);
}

/// <summary>A <c>UUID</c> or <c>ID</c> read from a <see cref="Guid"/>: written in format "D".</summary>
internal sealed class GuidLeafFormat : LeafFormat<Guid>
{
    public static readonly GuidLeafFormat Instance = new();

    public override void WriteValue(ref ResultJsonWriter writer, Guid value)
    {
        value.TryFormat(writer.BeginAsciiString(36), out var length, "D");
        writer.EndAsciiString(length);
    }

    protected override object ToResultValue(Guid value) => value.ToString("D");
}
