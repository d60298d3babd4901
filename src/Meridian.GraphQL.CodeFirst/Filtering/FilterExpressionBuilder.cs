using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using static Meridian.CodeFirst.Data.FilterOperationNames;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Translates a coerced <c>where</c> value into a predicate over the elements, following Hot Chocolate's semantics:
/// the conditions of one input object and of <c>and</c> must all hold, one of <c>or</c> must; <c>eq: null</c> tests
/// for null; a field or operation given null (other than <c>eq</c>/<c>neq</c>) adds no condition where Hot Chocolate
/// ignores it and is an error where it has no meaning. In memory, reads through null objects and lists are
/// guarded (they match nothing); database providers propagate nulls themselves.
/// </summary>
internal sealed class FilterExpressionBuilder(bool inMemory)
{
    private static readonly MethodInfo AnyMethod = GetEnumerableMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AnyWithPredicate = GetEnumerableMethod(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AllMethod = GetEnumerableMethod(nameof(Enumerable.All), 2);

    public Expression<Func<T, bool>>? Build<T>(FilterObjectModel model, IReadOnlyDictionary<string, object?> value)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = BuildObject(model, value, parameter);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private Expression? BuildObject(FilterObjectModel model, IReadOnlyDictionary<string, object?> value, Expression instance)
    {
        var conditions = new List<Expression>();
        foreach (var (name, fieldValue) in value)
        {
            if (fieldValue is null)
            {
                continue;
            }

            var condition = name switch
            {
                And => Combine(Items(fieldValue, name).Select(item => BuildObject(model, AsObject(item, name), instance)), Expression.AndAlso),
                Or => Combine(Items(fieldValue, name).Select(item => BuildObject(model, AsObject(item, name), instance)), Expression.OrElse),
                _ when model.Fields.TryGetValue(name, out var field) => BuildField(field, AsObject(fieldValue, name), instance),
                _ => throw DataErrors.InvalidFilter($"The filter has no field \"{name}\"."),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private Expression? BuildField(FilterFieldModel field, IReadOnlyDictionary<string, object?> operations, Expression instance)
    {
        var member = Expression.Property(instance, field.Property);
        var condition = field.ValueType.Kind switch
        {
            DataValueKind.Object => BuildObject(field.Nested!, operations, member),
            DataValueKind.ObjectList or DataValueKind.ScalarList => BuildList(field, operations, member),
            _ => BuildOperations(field.Name, field.ValueType, operations, member),
        };

        if (condition is null || !inMemory || field.ValueType.IsScalar || member.Type.IsValueType)
        {
            return condition;
        }

        // In memory a null object or list matches no condition on its contents (a database reads nulls instead).
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), condition);
    }

    private Expression? BuildOperations(string fieldName, DataValueType valueType, IReadOnlyDictionary<string, object?> operations, Expression member)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            var condition = operation switch
            {
                And when operand is not null => Combine(Items(operand, operation).Select(o => BuildOperations(fieldName, valueType, AsObject(o, operation), member)), Expression.AndAlso),
                Or when operand is not null => Combine(Items(operand, operation).Select(o => BuildOperations(fieldName, valueType, AsObject(o, operation), member)), Expression.OrElse),
                And or Or => null,
                Eq => EqualTo(fieldName, member, operand),
                Neq => Expression.Not(EqualTo(fieldName, member, operand)),
                In => IsIn(fieldName, operation, member, operand),
                Nin => Expression.Not(IsIn(fieldName, operation, member, operand)),
                Gt => Comparisons.GreaterThan(member, Operand(fieldName, operation, member.Type, operand)),
                Ngt => Expression.Not(Comparisons.GreaterThan(member, Operand(fieldName, operation, member.Type, operand))),
                Gte => Comparisons.GreaterThanOrEqual(member, Operand(fieldName, operation, member.Type, operand)),
                Ngte => Expression.Not(Comparisons.GreaterThanOrEqual(member, Operand(fieldName, operation, member.Type, operand))),
                Lt => Comparisons.LessThan(member, Operand(fieldName, operation, member.Type, operand)),
                Nlt => Expression.Not(Comparisons.LessThan(member, Operand(fieldName, operation, member.Type, operand))),
                Lte => Comparisons.LessThanOrEqual(member, Operand(fieldName, operation, member.Type, operand)),
                Nlte => Expression.Not(Comparisons.LessThanOrEqual(member, Operand(fieldName, operation, member.Type, operand))),
                Contains => StringCall(fieldName, operation, nameof(string.Contains), member, operand),
                NotContains => Expression.Not(StringCall(fieldName, operation, nameof(string.Contains), member, operand)),
                StartsWith => StringCall(fieldName, operation, nameof(string.StartsWith), member, operand),
                NotStartsWith => Expression.Not(StringCall(fieldName, operation, nameof(string.StartsWith), member, operand)),
                EndsWith => StringCall(fieldName, operation, nameof(string.EndsWith), member, operand),
                NotEndsWith => Expression.Not(StringCall(fieldName, operation, nameof(string.EndsWith), member, operand)),
                _ => throw DataErrors.InvalidFilter($"The filter of \"{fieldName}\" has no operation \"{operation}\"."),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private Expression? BuildList(FilterFieldModel field, IReadOnlyDictionary<string, object?> operations, Expression list)
    {
        var elementType = field.ValueType.ElementType!;
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            if (operation == Any)
            {
                var any = Expression.Call(AnyMethod.MakeGenericMethod(elementType), list);
                conditions.Add(operand is true ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(elementType, "e");
            var elementOperations = AsObject(operand, operation);
            var predicate = field.Nested is { } nested
                ? BuildObject(nested, elementOperations, element)
                : BuildOperations(field.Name, field.ValueType.Element!, elementOperations, element);
            if (predicate is null)
            {
                continue;
            }

            if (inMemory && field.Nested is not null)
            {
                predicate = Expression.AndAlso(Expression.NotEqual(element, Expression.Constant(null, elementType)), predicate);
            }

            var lambda = Expression.Lambda(predicate, element);
            conditions.Add(operation switch
            {
                Some => Expression.Call(AnyWithPredicate.MakeGenericMethod(elementType), list, lambda),
                None => Expression.Not(Expression.Call(AnyWithPredicate.MakeGenericMethod(elementType), list, lambda)),
                All => Expression.Call(AllMethod.MakeGenericMethod(elementType), list, lambda),
                _ => throw DataErrors.InvalidFilter($"The filter of \"{field.Name}\" has no list operation \"{operation}\"."),
            });
        }

        return Combine(conditions, Expression.AndAlso);
    }

    private static Expression EqualTo(string fieldName, Expression member, object? operand)
    {
        if (operand is null)
        {
            return member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
                ? Expression.Constant(false)
                : Expression.Equal(member, Expression.Constant(null, member.Type));
        }

        return Comparisons.Equal(member, Operand(fieldName, Eq, member.Type, operand));
    }

    private static Expression IsIn(string fieldName, string operation, Expression member, object? operand)
    {
        if (operand is null)
        {
            throw DataErrors.InvalidFilter($"The operation \"{operation}\" of \"{fieldName}\" needs a list, not null.");
        }

        var values = Items(operand, operation).ToList();
        var elementType = values.Contains(null) && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
            ? typeof(Nullable<>).MakeGenericType(member.Type)
            : member.Type;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var value in values)
        {
            list.Add(Convert(fieldName, operation, elementType, value));
        }

        var contains = GetEnumerableMethod(nameof(Enumerable.Contains), 2).MakeGenericMethod(elementType);
        var item = member.Type == elementType ? member : Expression.Convert(member, elementType);
        return Expression.Call(contains, QueryParameter.Create(list, list.GetType()), item);
    }

    private Expression StringCall(string fieldName, string operation, string method, Expression member, object? operand)
    {
        if (operand is null)
        {
            throw DataErrors.InvalidFilter($"The operation \"{operation}\" of \"{fieldName}\" needs a value, not null.");
        }

        var call = Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Operand(fieldName, operation, typeof(string), operand));
        return inMemory ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call) : call;
    }

    private static Expression Operand(string fieldName, string operation, Type type, object? operand)
    {
        if (operand is null)
        {
            throw DataErrors.InvalidFilter($"The operation \"{operation}\" of \"{fieldName}\" needs a value, not null.");
        }

        return QueryParameter.Create(Convert(fieldName, operation, type, operand), type);
    }

    private static object? Convert(string fieldName, string operation, Type type, object? value) =>
        ValueConversion.TryConvert(value, type, out var converted)
            ? converted
            : throw DataErrors.InvalidFilter($"The value {value} of \"{fieldName}.{operation}\" cannot be compared with a {type.Name}.");

    private static Expression? Combine(IEnumerable<Expression?> conditions, Func<Expression, Expression, BinaryExpression> combine)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            if (condition is not null)
            {
                result = result is null ? condition : combine(result, condition);
            }
        }

        return result;
    }

    private static IEnumerable<object?> Items(object value, string name) => value switch
    {
        IEnumerable<object?> items => items,
        IEnumerable items and not string and not IReadOnlyDictionary<string, object?> => items.Cast<object?>(),
        _ => [value],
    };

    private static IReadOnlyDictionary<string, object?> AsObject(object? value, string name) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw DataErrors.InvalidFilter($"The filter field \"{name}\" needs an input object.");

    private static MethodInfo GetEnumerableMethod(string name, int parameters) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters && (name != nameof(Enumerable.Contains) || m.GetParameters()[0].ParameterType.IsGenericType));
}
