using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// An enum type (§3.9). Input is by name (enum literals, or strings in variables); runtime values are the names by
/// default, or whatever the configuration bound (CLR enum members in code-first).
/// </summary>
public sealed class EnumType : NamedType, ILeafType
{
    private EnumValue[] _values = [];
    private FrozenDictionary<string, EnumValue> _byName = FrozenDictionary<string, EnumValue>.Empty;
    private FrozenDictionary<object, EnumValue> _byRuntimeValue = FrozenDictionary<object, EnumValue>.Empty;

    internal EnumType(string name, string? description, Type? runtimeType)
        : base(name, description)
    {
        RuntimeType = runtimeType ?? typeof(string);
    }

    public override TypeKind Kind => TypeKind.Enum;

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.Enum;

    public Type RuntimeType { get; }

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<EnumValue> Values => _values;

    public bool TryGetValue(string name, [NotNullWhen(true)] out EnumValue? value) => _byName.TryGetValue(name, out value);

    /// <summary>Finds the value bound to a runtime value; a string also matches by name.</summary>
    public bool TryGetValueByRuntimeValue(object runtimeValue, [NotNullWhen(true)] out EnumValue? value)
    {
        ArgumentNullException.ThrowIfNull(runtimeValue);
        if (_byRuntimeValue.TryGetValue(runtimeValue, out value))
        {
            return true;
        }

        return runtimeValue is string name && _byName.TryGetValue(name, out value);
    }

    public object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case EnumValueNode enumLiteral when _byName.TryGetValue(enumLiteral.Value, out var value):
                return value.RuntimeValue;
            case EnumValueNode enumLiteral:
                throw new LeafCoercionException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum.", Name);
            default:
                throw new LeafCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {ValueInspector.Print(literal)}.", Name);
        }
    }

    public object? ParseValue(object? externalValue)
    {
        switch (externalValue)
        {
            case null:
                return null;
            case string name when _byName.TryGetValue(name, out var value):
                return value.RuntimeValue;
            case string name:
                throw new LeafCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.", Name);
            default:
                if (externalValue.GetType() == RuntimeType && _byRuntimeValue.TryGetValue(externalValue, out var bound))
                {
                    // Programmatic callers may pass the runtime value itself.
                    return bound.RuntimeValue;
                }

                throw new LeafCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(externalValue)}.", Name);
        }
    }

    public object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return null;
        }

        if (TryGetValueByRuntimeValue(runtimeValue, out var value))
        {
            return value.Name;
        }

        throw new LeafCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(runtimeValue)}", Name);
    }

    public IValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string name ? new EnumValueNode(name) : NullValueNode.Default;

    internal void SetValues(EnumValue[] values)
    {
        _values = values;
        _byName = values.DistinctBy(v => v.Name, StringComparer.Ordinal).ToFrozenDictionary(v => v.Name, StringComparer.Ordinal);
        _byRuntimeValue = values.DistinctBy(v => v.RuntimeValue).ToFrozenDictionary(v => v.RuntimeValue);
    }
}
