using System.Collections;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Turns runtime values back into literals (graphql-js's <c>astFromValue</c>): typed, for default values in SDL and
/// introspection, and untyped, for values given in code (applied directive arguments).
/// </summary>
public static class ValueToLiteralConverter
{
    /// <summary>Converts a runtime value of an input type to a literal; throws when it does not fit the type.</summary>
    public static IValueNode ToLiteral(object? runtimeValue, IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (runtimeValue is null && type is not NonNullType)
        {
            return NullValueNode.Default;
        }

        switch (type)
        {
            case NonNullType nonNull:
                var literal = ToLiteral(runtimeValue, nonNull.NullableType);
                return literal is NullValueNode
                    ? throw new ArgumentException($"A null value cannot stand for the non-null type \"{type.Print()}\".", nameof(runtimeValue))
                    : literal;
            case ListType list when runtimeValue is IEnumerable items and not string and not IEnumerable<KeyValuePair<string, object?>>:
                var literals = new List<IValueNode>();
                foreach (var item in items)
                {
                    literals.Add(ToLiteral(item, list.ElementType));
                }

                return new ListValueNode(null, literals);
            case ListType list:
                return ToLiteral(runtimeValue, list.ElementType);
            case InputObjectType inputObject:
                var fieldValues = inputObject.GetFieldValues(runtimeValue!);
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.AsSpan())
                {
                    if (fieldValues.TryGetValue(field.Name, out var fieldValue))
                    {
                        fields.Add(new ObjectFieldNode(null, new NameNode(field.Name), ToLiteral(fieldValue, field.Type)));
                    }
                }

                return new ObjectValueNode(null, fields);
            case ILeafType leaf:
                return leaf.ValueToLiteral(runtimeValue);
            default:
                throw new ArgumentException($"The type \"{type.Print()}\" is not an input type.", nameof(type));
        }
    }

    /// <summary>
    /// Converts a CLR value to a literal without a type: strings, booleans, numbers, CLR enum members (as enum
    /// literals), maps (as objects) and sequences (as lists); any other value prints as a string.
    /// </summary>
    public static IValueNode FromObject(object? value) => value switch
    {
        null => NullValueNode.Default,
        IValueNode literal => literal,
        string text => new StringValueNode(text),
        bool boolean => boolean ? BooleanValueNode.True : BooleanValueNode.False,
        Enum member => new EnumValueNode(member.ToString()),
        IEnumerable<KeyValuePair<string, object?>> map => new ObjectValueNode(
            null,
            map.Select(entry => new ObjectFieldNode(null, new NameNode(entry.Key), FromObject(entry.Value))).ToArray()),
        IEnumerable items => new ListValueNode(null, items.Cast<object?>().Select(FromObject).ToArray()),
        _ when NumericLiterals.TryCreate(value, out var number) => number,
        _ => new StringValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
