using System.Linq.Expressions;
using System.Reflection;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Builds the projection <c>x =&gt; new T { A = x.A, B = x.B == null ? null : new B { … }, Cs = x.Cs.Select(c =&gt; new C { … }).ToList() }</c>
/// from what the request selects, so that the database reads only those columns. Fields resolved elsewhere (type
/// extensions, DataLoaders) need only their parent's key, which is always read, with the properties marked
/// <see cref="IsProjectedAttribute"/>. A type whose selected fields read members a projection cannot set (computed
/// properties, methods of the entity) is read whole, so those members see every value they might use.
/// </summary>
internal sealed class ProjectionBuilder(IResolverContext context, bool guarded)
{
    private static readonly MethodInfo SelectMethod = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;
    private static readonly MethodInfo ToArrayMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!;

    public Expression<Func<T, T>>? Build<T>(IReadOnlyList<PropertyInfo>? key)
    {
        if (ProjectionSelections.OfField(context) is not { } items)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        var body = ProjectObject(typeof(T), items.Selections, parameter, key);
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, parameter);
    }

    private Expression? ProjectObject(Type clrType, IReadOnlyList<ISelection> selections, Expression source, IReadOnlyList<PropertyInfo>? key)
    {
        if (clrType.IsAbstract || clrType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var groups = new Dictionary<PropertyInfo, List<ISelection>>();
        foreach (var selection in selections)
        {
            switch (selection.Field.Member)
            {
                case PropertyInfo property when IsInstanceMember(property, clrType):
                    if (!IsSettable(property))
                    {
                        return null;
                    }

                    if (property.GetCustomAttribute<IsProjectedAttribute>() is not { IsProjected: false })
                    {
                        GetGroup(groups, property).Add(selection);
                    }

                    break;
                case MethodInfo { IsStatic: false } method when method.DeclaringType!.IsAssignableFrom(clrType):
                    return null;
            }
        }

        foreach (var property in AlwaysRead(clrType, key))
        {
            GetGroup(groups, property);
        }

        var bindings = new List<MemberBinding>(groups.Count);
        foreach (var (property, group) in groups)
        {
            bindings.Add(Expression.Bind(property, ProjectMember(property, group, Expression.Property(source, property))));
        }

        return Expression.MemberInit(Expression.New(clrType), bindings);
    }

    private Expression ProjectMember(PropertyInfo property, List<ISelection> selections, Expression value)
    {
        if (selections.Count == 0 || selections[0].Field.Type.NamedType() is ILeafType
            || ProjectionSelections.OfSelections(context, selections) is not { } items)
        {
            return value;
        }

        if (property.PropertyType != typeof(string) && TypeInspector.TryGetElementType(property.PropertyType, out var elementType))
        {
            return ProjectList(property.PropertyType, elementType, items.Selections, value) ?? value;
        }

        var nested = ProjectObject(property.PropertyType, items.Selections, value, null);
        if (nested is null)
        {
            return value;
        }

        return property.PropertyType.IsValueType
            ? nested
            : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, value.Type), nested);
    }

    private Expression? ProjectList(Type listType, Type elementType, IReadOnlyList<ISelection> selections, Expression value)
    {
        var element = Expression.Parameter(elementType, "e");
        if (ProjectObject(elementType, selections, element, null) is not { } projected)
        {
            return null;
        }

        var select = Expression.Call(SelectMethod.MakeGenericMethod(elementType, elementType), value, Expression.Lambda(projected, element));
        Expression? list = listType.IsArray ? Expression.Call(ToArrayMethod.MakeGenericMethod(elementType), select)
            : listType.IsAssignableFrom(typeof(List<>).MakeGenericType(elementType)) ? Expression.Call(ToListMethod.MakeGenericMethod(elementType), select)
            : null;
        if (list is null)
        {
            return null;
        }

        if (list.Type != listType)
        {
            list = Expression.Convert(list, listType);
        }

        return guarded ? Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, listType), list) : list;
    }

    /// <summary>The key and the properties marked to be read always.</summary>
    private static IEnumerable<PropertyInfo> AlwaysRead(Type clrType, IReadOnlyList<PropertyInfo>? key)
    {
        foreach (var property in key ?? EntityKeys.FindByConvention(clrType) ?? [])
        {
            if (IsInstanceMember(property, clrType) && IsSettable(property))
            {
                yield return property;
            }
        }

        foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<IsProjectedAttribute>() is { IsProjected: true } && IsSettable(property))
            {
                yield return property;
            }
        }
    }

    private static List<ISelection> GetGroup(Dictionary<PropertyInfo, List<ISelection>> groups, PropertyInfo property)
    {
        if (!groups.TryGetValue(property, out var group))
        {
            group = [];
            groups.Add(property, group);
        }

        return group;
    }

    private static bool IsInstanceMember(PropertyInfo property, Type clrType) =>
        property.GetMethod is { IsStatic: false } && property.DeclaringType!.IsAssignableFrom(clrType);

    private static bool IsSettable(PropertyInfo property) => property.SetMethod is { IsPublic: true };
}
