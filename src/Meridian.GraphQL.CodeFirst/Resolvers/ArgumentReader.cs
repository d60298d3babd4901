using System.Linq.Expressions;
using System.Reflection;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>How a resolver parameter bound to a GraphQL argument reads and converts its value.</summary>
internal abstract class ArgumentReader
{
    protected static readonly MethodInfo ArgumentValueMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue))!;

    /// <summary>An expression of <paramref name="parameterType"/> reading the value from <paramref name="context"/>.</summary>
    public abstract Expression Read(Expression context, Type parameterType);

    protected static Expression Convert(Expression value, Func<object?, object?> converter, Type parameterType) =>
        Expression.Convert(Expression.Invoke(Expression.Constant(converter), value), parameterType);
}

/// <summary>Reads a field argument; values the engine already coerced to the parameter type are passed as they are.</summary>
internal sealed class FieldArgumentReader(string argumentName, Func<object?, object?>? converter) : ArgumentReader
{
    public override Expression Read(Expression context, Type parameterType)
    {
        if (converter is null)
        {
            return Expression.Call(context, ArgumentValueMethod.MakeGenericMethod(parameterType), Expression.Constant(argumentName));
        }

        var value = Expression.Call(context, ArgumentValueMethod.MakeGenericMethod(typeof(object)), Expression.Constant(argumentName));
        return Convert(value, converter, parameterType);
    }
}

/// <summary>Reads one field of an input object argument (the mutation convention's <c>input</c>).</summary>
internal sealed class InputFieldArgumentReader(string argumentName, string fieldName, Func<object?, object?> converter) : ArgumentReader
{
    private static readonly MethodInfo ReadFieldMethod = typeof(InputFieldArgumentReader).GetMethod(nameof(ReadField), BindingFlags.NonPublic | BindingFlags.Static)!;

    public override Expression Read(Expression context, Type parameterType)
    {
        var value = Expression.Call(ReadFieldMethod, context, Expression.Constant(argumentName), Expression.Constant(fieldName));
        return Convert(value, converter, parameterType);
    }

    private static object? ReadField(IResolverContext context, string argumentName, string fieldName) =>
        context.ArgumentValue<IReadOnlyDictionary<string, object?>?>(argumentName) is { } fields && fields.TryGetValue(fieldName, out var value)
            ? value
            : null;
}
