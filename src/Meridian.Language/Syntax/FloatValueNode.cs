using System.Globalization;

namespace Meridian.Language;

/// <summary>A float literal (with a fraction, an exponent or both), its text kept as written.</summary>
public sealed class FloatValueNode : SyntaxNode, IValueNode
{
    private const NumberStyles FloatStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public FloatValueNode(Location? location, string value)
        : base(location)
    {
        Value = value;
    }

    public FloatValueNode(double value)
        : this(null, value.ToString("R", CultureInfo.InvariantCulture))
    {
    }

    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal's text, for example <c>6.0221e23</c>.</summary>
    public string Value { get; }

    public double ToDouble() => double.Parse(Value, FloatStyles, CultureInfo.InvariantCulture);

    public bool TryToDecimal(out decimal value) =>
        decimal.TryParse(Value, FloatStyles, CultureInfo.InvariantCulture, out value);

    public override IEnumerable<ISyntaxNode> GetNodes() => [];
}
