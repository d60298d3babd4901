using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Reads a literal without a type (graphql-js's <c>valueFromASTUntyped</c>), into the same CLR shapes as external
/// values: integers as <see cref="long"/> (or <see cref="decimal"/>/<see cref="double"/> when too large), floats as
/// <see cref="decimal"/> when exact enough else <see cref="double"/>, enums as strings, objects as ordered maps,
/// lists as arrays.
/// </summary>
public static class LiteralToValueConverter
{
    public static object? ToObject(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode integer when integer.TryToInt64(out var value):
                return value;
            case IntValueNode integer when integer.TryToDecimal(out var value):
                return value;
            case IntValueNode integer:
                return integer.ToDouble();
            case FloatValueNode number when number.TryToDecimal(out var value) && (double)value == number.ToDouble():
                return value;
            case FloatValueNode number:
                return number.ToDouble();
            case StringValueNode text:
                return text.Value;
            case BooleanValueNode boolean:
                return boolean.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case ListValueNode list:
                var items = new object?[list.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToObject(list.Items[i], variables);
                }

                return items;
            case ObjectValueNode obj:
                var map = new OrderedDictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = ToObject(field.Value, variables);
                }

                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var variableValue) ? variableValue : null;
            default:
                throw new NotSupportedException($"Unknown literal kind {literal.Kind}.");
        }
    }
}
