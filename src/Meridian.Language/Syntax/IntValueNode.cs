using System.Globalization;

namespace Meridian.Language;

/// <summary>
/// An integer literal. The text is kept as written, so that scalars of any width (Int, Long, Decimal) read it
/// without an intermediate conversion that could lose range or precision.
/// </summary>
public sealed class IntValueNode : SyntaxNode, IValueNode
{
    public IntValueNode(Location? location, string value)
        : base(location)
    {
        Value = value;
    }

    public IntValueNode(int value)
        : this(null, value.ToString(CultureInfo.InvariantCulture))
    {
    }

    public IntValueNode(long value)
        : this(null, value.ToString(CultureInfo.InvariantCulture))
    {
    }

    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal's text, for example <c>-42</c>.</summary>
    public string Value { get; }

    public bool TryToInt32(out int value) =>
        int.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryToInt64(out long value) =>
        long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryToDecimal(out decimal value) =>
        decimal.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public double ToDouble() => double.Parse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
