using System.Linq.Expressions;
using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Ordering comparisons that translate to SQL's <c>&lt;</c> and <c>&gt;</c> and agree with in-memory ordering:
/// strings through <see cref="string.Compare(string, string)"/>, enums through their underlying numbers, booleans
/// spelled out (false before true), everything else through the type's comparison operators.
/// </summary>
internal static class Comparisons
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression GreaterThan(Expression left, Expression right) => Compare(left, right, ExpressionType.GreaterThan);

    public static Expression GreaterThanOrEqual(Expression left, Expression right) => Compare(left, right, ExpressionType.GreaterThanOrEqual);

    public static Expression LessThan(Expression left, Expression right) => Compare(left, right, ExpressionType.LessThan);

    public static Expression LessThanOrEqual(Expression left, Expression right) => Compare(left, right, ExpressionType.LessThanOrEqual);

    /// <summary>Equality that accepts a nullable and a non-nullable operand of one type.</summary>
    public static Expression Equal(Expression left, Expression right)
    {
        (left, right) = Align(left, right);
        return Expression.Equal(left, right);
    }

    private static Expression Compare(Expression left, Expression right, ExpressionType kind)
    {
        (left, right) = Align(left, right);
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            return Expression.MakeBinary(kind, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = left.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(kind, Expression.Convert(left, target), Expression.Convert(right, target));
        }

        if (type == typeof(bool))
        {
            return CompareBooleans(left, right, kind);
        }

        return Expression.MakeBinary(kind, left, right);
    }

    /// <summary>Booleans have no ordering operators: with false before true, <c>a &gt; b</c> is <c>a &amp;&amp; !b</c>.</summary>
    private static Expression CompareBooleans(Expression left, Expression right, ExpressionType kind)
    {
        if (left.Type != typeof(bool))
        {
            left = Expression.Equal(left, Expression.Constant(true, left.Type));
            right = Expression.Equal(right, Expression.Constant(true, right.Type));
        }

        return kind switch
        {
            ExpressionType.GreaterThan => Expression.AndAlso(left, Expression.Not(right)),
            ExpressionType.LessThan => Expression.AndAlso(Expression.Not(left), right),
            ExpressionType.GreaterThanOrEqual => Expression.OrElse(left, Expression.Not(right)),
            _ => Expression.OrElse(Expression.Not(left), right),
        };
    }

    /// <summary>Lifts the non-nullable operand when the other one is nullable.</summary>
    private static (Expression, Expression) Align(Expression left, Expression right)
    {
        if (left.Type == right.Type)
        {
            return (left, right);
        }

        if (Nullable.GetUnderlyingType(left.Type) == right.Type)
        {
            return (left, Expression.Convert(right, left.Type));
        }

        if (Nullable.GetUnderlyingType(right.Type) == left.Type)
        {
            return (Expression.Convert(left, right.Type), right);
        }

        return (left, Expression.Convert(right, left.Type));
    }
}
