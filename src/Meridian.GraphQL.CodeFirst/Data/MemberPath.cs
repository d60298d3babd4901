using System.Linq.Expressions;
using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// A chain of properties from an element (<c>x.Brand.Name</c>), read as an expression. In memory a missing
/// intermediate object would throw, so reads there are guarded (<c>x.Brand == null ? null : x.Brand.Name</c>);
/// database providers propagate nulls themselves and get the plain chain.
/// </summary>
internal sealed class MemberPath
{
    public MemberPath(IReadOnlyList<PropertyInfo> properties)
    {
        if (properties.Count == 0)
        {
            throw new ArgumentException("A member path needs at least one property.", nameof(properties));
        }

        Properties = properties;
    }

    public IReadOnlyList<PropertyInfo> Properties { get; }

    /// <summary>The type of the last property.</summary>
    public Type Type => Properties[^1].PropertyType;

    /// <summary>The type the read produces: <see cref="Type"/>, made nullable when a guarded read can yield null.</summary>
    public Type GetReadType(bool guarded) =>
        guarded && Properties.Count > 1 && Type.IsValueType && Nullable.GetUnderlyingType(Type) is null
            ? typeof(Nullable<>).MakeGenericType(Type)
            : Type;

    public Expression Read(Expression instance, bool guarded)
    {
        if (!guarded || Properties.Count == 1)
        {
            return Properties.Aggregate(instance, Expression.Property);
        }

        var resultType = GetReadType(guarded);
        return Guard(instance, 0, resultType);
    }

    public bool SameAs(MemberPath other) =>
        Properties.Count == other.Properties.Count && Properties.Zip(other.Properties).All(p => p.First == p.Second);

    public override string ToString() => string.Join('.', Properties.Select(p => p.Name));

    private Expression Guard(Expression instance, int index, Type resultType)
    {
        var read = Expression.Property(instance, Properties[index]);
        if (index == Properties.Count - 1)
        {
            return read.Type == resultType ? read : Expression.Convert(read, resultType);
        }

        var rest = Guard(read, index + 1, resultType);
        return read.Type.IsValueType
            ? rest
            : Expression.Condition(Expression.Equal(read, Expression.Constant(null, read.Type)), Expression.Default(resultType), rest);
    }
}
