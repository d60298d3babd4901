using System.Reflection;
using System.Runtime.CompilerServices;

namespace Meridian.CodeFirst;

/// <summary>Which members of a CLR type become fields: public properties and methods, minus plumbing and ignored ones.</summary>
internal static class MemberCollector
{
    private static readonly HashSet<string> ExcludedMethodNames =
    [
        nameof(Equals), nameof(GetHashCode), nameof(ToString), nameof(GetType), "Deconstruct", "Dispose", "DisposeAsync",
        "CompareTo", "Clone",
    ];

    /// <summary>The instance properties and methods of an entity (base class members first).</summary>
    public static IEnumerable<MemberInfo> GetEntityMembers(Type type) => GetMembers(type, BindingFlags.Instance);

    /// <summary>The members of a resolver class: static ones of a static class, else instance and static ones.</summary>
    public static IEnumerable<MemberInfo> GetResolverMembers(Type type) =>
        GetMembers(type, type.IsAbstract && type.IsSealed ? BindingFlags.Static : BindingFlags.Static | BindingFlags.Instance);

    /// <summary>The members of a C# interface, with those of the interfaces it extends; or an abstract class's instance members.</summary>
    public static IEnumerable<MemberInfo> GetInterfaceMembers(Type type)
    {
        if (!type.IsInterface)
        {
            return GetEntityMembers(type);
        }

        return type.GetInterfaces().Reverse().Append(type)
            .SelectMany(i => Order(i.GetProperties().Where(IsFieldProperty).Cast<MemberInfo>()
                .Concat(i.GetMethods().Where(IsFieldMethod))))
            .ToList();
    }

    /// <summary>
    /// The properties an input object sets: public readable ones that have a setter (or init) or match a parameter of
    /// the public constructor with the most parameters (positional records).
    /// </summary>
    public static IEnumerable<PropertyInfo> GetInputProperties(Type type)
    {
        var constructorParameters = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?.GetParameters()
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return MostDerived(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => IsFieldProperty(p) && (p.SetMethod?.IsPublic == true || constructorParameters.Contains(p.Name)))
                .OrderBy(p => p.MetadataToken))
            .Cast<PropertyInfo>()
            .ToList();
    }

    private static IEnumerable<MemberInfo> GetMembers(Type type, BindingFlags scope) =>
        MostDerived(type, t =>
        {
            var flags = BindingFlags.Public | BindingFlags.DeclaredOnly | scope;
            return Order(t.GetProperties(flags).Where(IsFieldProperty).Cast<MemberInfo>()
                .Concat(t.GetMethods(flags).Where(IsFieldMethod)));
        });

    /// <summary>
    /// The members of each class of the hierarchy, base classes first, where a member a derived class overrides or
    /// hides is taken from the most derived class only.
    /// </summary>
    private static List<MemberInfo> MostDerived(Type type, Func<Type, IEnumerable<MemberInfo>> declaredBy)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var levels = new List<List<MemberInfo>>();
        foreach (var level in HierarchyOf(type).Reverse())
        {
            levels.Add(declaredBy(level).Where(m => seen.Add(Signature(m))).ToList());
        }

        levels.Reverse();
        return levels.SelectMany(l => l).ToList();
    }

    private static string Signature(MemberInfo member) => member is MethodInfo method
        ? method.Name + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName)) + ")"
        : member.Name;

    /// <summary>Properties first, then methods, each in declaration (metadata) order.</summary>
    private static IEnumerable<MemberInfo> Order(IEnumerable<MemberInfo> members) =>
        members.OrderBy(m => m is PropertyInfo ? 0 : 1).ThenBy(m => m.MetadataToken);

    private static IEnumerable<Type> HierarchyOf(Type type)
    {
        var chain = new Stack<Type>();
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            chain.Push(current);
        }

        return chain;
    }

    private static bool IsFieldProperty(PropertyInfo property) =>
        property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
        && !property.IsDefined(typeof(GraphQLIgnoreAttribute)) && !property.IsDefined(typeof(CompilerGeneratedAttribute));

    private static bool IsFieldMethod(MethodInfo method) =>
        !method.IsSpecialName && !method.IsGenericMethodDefinition
        && method.DeclaringType != typeof(object)
        && method.ReturnType != typeof(void)
        && !ExcludedMethodNames.Contains(method.Name)
        && !method.IsDefined(typeof(GraphQLIgnoreAttribute))
        && !method.IsDefined(typeof(CompilerGeneratedAttribute))
        && !FluentTypes.IsConfigureMethod(method)
        && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.IsOut);
}
