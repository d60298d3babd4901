using Meridian.Language;

namespace Meridian.Types;

/// <summary>A scalar built from a <see cref="ScalarTypeConfiguration"/>: each coercion is a delegate, pass-through when unset.</summary>
internal sealed class DelegateScalarType : ScalarType
{
    private readonly Func<IValueNode, object?> _parseLiteral;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, IValueNode> _valueToLiteral;

    public DelegateScalarType(ScalarTypeConfiguration configuration)
        : base(configuration.Name, configuration.Description, configuration.SpecifiedBy)
    {
        RuntimeType = configuration.RuntimeType;
        _parseLiteral = configuration.ParseLiteral ?? (literal => LiteralToValueConverter.ToObject(literal));
        _parseValue = configuration.ParseValue ?? (value => value);
        _serialize = configuration.Serialize ?? (value => value);
        _valueToLiteral = configuration.ValueToLiteral ?? ValueToLiteralConverter.FromObject;
    }

    public override Type RuntimeType { get; }

    public override object? ParseLiteral(IValueNode literal) => literal is NullValueNode ? null : _parseLiteral(literal);

    public override object? ParseValue(object? externalValue) => externalValue is null ? null : _parseValue(externalValue);

    public override object? Serialize(object? runtimeValue) => runtimeValue is null ? null : _serialize(runtimeValue);

    public override IValueNode ValueToLiteral(object? runtimeValue) =>
        runtimeValue is null ? NullValueNode.Default : _valueToLiteral(runtimeValue);
}
