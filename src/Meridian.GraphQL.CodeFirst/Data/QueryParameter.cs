using System.Linq.Expressions;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Request values put into expressions as reads of a captured holder rather than constants, the way the C# compiler
/// captures variables: Entity Framework then sends them as SQL parameters, and its query cache serves every value.
/// </summary>
internal static class QueryParameter
{
    public static Expression Create(object? value, Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Field(Expression.Constant(holder), holderType.GetField(nameof(Holder<object>.Value))!);
    }

    private sealed class Holder<TValue>(TValue value)
    {
#pragma warning disable SA1401 // A field, not a property: providers treat a captured field as a parameter.
        public readonly TValue Value = value;
#pragma warning restore SA1401
    }
}
