using System.Collections;
using Meridian.Errors;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Input coercion (§3 input coercion rules) on both of graphql-js's paths: literals from documents
/// (<see cref="CoerceLiteral"/>) and external values from variables (<see cref="CoerceValue"/>). Lists coerce to
/// <c>object?[]</c>, input objects to <see cref="InputObjectType.CreateInstance"/>'s result. The field map of an input
/// object keeps the order the fields were given in (literal or external map), then adds defaults in the type's field
/// order: the spec's map is unordered, and readers such as sorting take the client's order from it, as Hot Chocolate
/// does. Failures throw <see cref="InputCoercionException"/>.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces a literal. Variables inside it are read from <paramref name="variables"/> (already coerced values); a
    /// variable that has no value counts as not given (null in lists, omitted in input objects).
    /// </summary>
    public static object? CoerceLiteral(IValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var path = new List<object>();
        return CoerceLiteralAt(literal, type, variables, path);
    }

    /// <summary>Coerces an external value (null, string, bool, numbers, <c>IReadOnlyDictionary</c>, <c>IReadOnlyList</c>).</summary>
    public static object? CoerceValue(object? externalValue, IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var path = new List<object>();
        return CoerceValueAt(externalValue, type, path);
    }

    private static object? CoerceLiteralAt(IValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, List<object> path)
    {
        if (literal is VariableNode variable)
        {
            var found = TryGetVariable(variable, variables, out var variableValue);
            if (type is NonNullType && variableValue is null)
            {
                throw Fail($"Expected value of type \"{type.Print()}\", found {(found ? "null" : ValueInspector.Print(variable))}.", path, literal);
            }

            return type.NullableType() is ListType && variableValue is not null and not IList ? new[] { variableValue } : variableValue;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                throw Fail($"Expected value of type \"{type.Print()}\", found null.", path, literal);
            }

            return CoerceLiteralAt(literal, nonNull.NullableType, variables, path);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list when literal is ListValueNode items:
                var result = new object?[items.Items.Count];
                for (var i = 0; i < result.Length; i++)
                {
                    path.Add(i);
                    var item = items.Items[i];
                    result[i] = item is VariableNode itemVariable && !TryGetVariable(itemVariable, variables, out _) && list.ElementType is not NonNullType
                        ? null
                        : CoerceLiteralAt(item, list.ElementType, variables, path);
                    path.RemoveAt(path.Count - 1);
                }

                return result;
            case ListType list:
                return new[] { CoerceLiteralAt(literal, list.ElementType, variables, path) };
            case InputObjectType inputObject:
                return CoerceObjectLiteral(literal, inputObject, variables, path);
            case ILeafType leaf:
                try
                {
                    return leaf.ParseLiteral(literal);
                }
                catch (LeafCoercionException exception)
                {
                    throw Fail(exception.Message, path, literal, exception);
                }

            default:
                throw Fail($"The type \"{type.Print()}\" is not an input type.", path, literal);
        }
    }

    private static object CoerceObjectLiteral(IValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, List<object> path)
    {
        if (literal is not ObjectValueNode objectLiteral)
        {
            throw Fail($"Expected value of type \"{type.Name}\", found {ValueInspector.Print(literal)}.", path, literal);
        }

        foreach (var fieldLiteral in objectLiteral.Fields)
        {
            if (!type.Fields.ContainsField(fieldLiteral.Name.Value))
            {
                throw Fail($"Field \"{fieldLiteral.Name.Value}\" is not defined by type \"{type.Name}\".", path, fieldLiteral);
            }
        }

        var values = new OrderedDictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var fieldLiteral in objectLiteral.Fields)
        {
            var name = fieldLiteral.Name.Value;
            var notGiven = values.ContainsKey(name)
                || (fieldLiteral.Value is VariableNode variable && !TryGetVariable(variable, variables, out _));
            if (notGiven)
            {
                continue;
            }

            path.Add(name);
            values.Add(name, CoerceLiteralAt(fieldLiteral.Value, type.Fields[name].Type, variables, path));
            path.RemoveAt(path.Count - 1);
        }

        AddMissingFields(type, values, path, literal, qualifiedNames: true);

        if (type.IsOneOf)
        {
            CheckOneOf(type, values, path, literal);
        }

        return type.CreateInstance(values);
    }

    private static object? CoerceValueAt(object? value, IType type, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                throw Fail($"Expected non-nullable type \"{type.Print()}\" not to be null.", path, null);
            }

            return CoerceValueAt(value, nonNull.NullableType, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list when value is IEnumerable items and not string and not IEnumerable<KeyValuePair<string, object?>>:
                var result = new List<object?>();
                foreach (var item in items)
                {
                    path.Add(result.Count);
                    result.Add(CoerceValueAt(item, list.ElementType, path));
                    path.RemoveAt(path.Count - 1);
                }

                return result.ToArray();
            case ListType list:
                return new[] { CoerceValueAt(value, list.ElementType, path) };
            case InputObjectType inputObject:
                return CoerceObjectValue(value, inputObject, path);
            case ILeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (LeafCoercionException exception)
                {
                    throw Fail(exception.Message, path, null, exception);
                }

            default:
                throw Fail($"The type \"{type.Print()}\" is not an input type.", path, null);
        }
    }

    private static object CoerceObjectValue(object value, InputObjectType type, List<object> path)
    {
        if (value is not IEnumerable<KeyValuePair<string, object?>> map)
        {
            throw Fail($"Expected type \"{type.Name}\" to be an object.", path, null);
        }

        foreach (var (key, _) in map)
        {
            if (!type.Fields.ContainsField(key))
            {
                throw Fail($"Field \"{key}\" is not defined by type \"{type.Name}\".", path, null);
            }
        }

        var values = new OrderedDictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var (key, fieldValue) in map)
        {
            path.Add(key);
            values[key] = CoerceValueAt(fieldValue, type.Fields[key].Type, path);
            path.RemoveAt(path.Count - 1);
        }

        AddMissingFields(type, values, path, null, qualifiedNames: false);

        if (type.IsOneOf)
        {
            CheckOneOf(type, values, path, null);
        }

        return type.CreateInstance(values);
    }

    /// <summary>
    /// Adds the defaults of the fields not given, after the given ones and in the type's field order, and fails for a
    /// required field not given.
    /// </summary>
    private static void AddMissingFields(
        InputObjectType type,
        OrderedDictionary<string, object?> values,
        List<object> path,
        ISyntaxNode? node,
        bool qualifiedNames)
    {
        foreach (var field in type.Fields.AsSpan())
        {
            if (values.ContainsKey(field.Name))
            {
                continue;
            }

            if (field.HasDefaultValue)
            {
                values.Add(field.Name, field.RuntimeDefaultValue);
            }
            else if (field.Type is NonNullType)
            {
                var name = qualifiedNames ? $"{type.Name}.{field.Name}" : field.Name;
                throw Fail($"Field \"{name}\" of required type \"{field.Type.Print()}\" was not provided.", path, node);
            }
        }
    }

    private static void CheckOneOf(InputObjectType type, OrderedDictionary<string, object?> values, List<object> path, ISyntaxNode? node)
    {
        if (values.Count != 1)
        {
            throw Fail($"Exactly one key must be specified for OneOf type \"{type.Name}\".", path, node);
        }

        foreach (var (key, fieldValue) in values)
        {
            if (fieldValue is null)
            {
                throw Fail($"Field \"{key}\" must be non-null.", path, node);
            }
        }
    }

    private static bool TryGetVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (variables is not null && variables.TryGetValue(variable.Name.Value, out value))
        {
            return true;
        }

        value = null;
        return false;
    }

    private static InputCoercionException Fail(string message, List<object> path, ISyntaxNode? node, Exception? inner = null) =>
        new(message, path.ToArray(), node, inner);
}
