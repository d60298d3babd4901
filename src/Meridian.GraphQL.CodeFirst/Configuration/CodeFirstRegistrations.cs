using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>The CLR types registered with one executor's builder, in registration order.</summary>
internal sealed class CodeFirstRegistrations
{
    private readonly List<Type> _types = [];
    private readonly HashSet<Type> _seen = [];

    public CodeFirstOptions Options { get; } = new();

    /// <summary>Types registered for an operation root: <c>AddQueryType&lt;T&gt;()</c> and friends.</summary>
    public List<(Type Type, Language.OperationType Operation)> RootTypes { get; } = [];

    /// <summary>Every other registered type (attributed root classes, entities, extensions, fluent types).</summary>
    public IReadOnlyList<Type> Types => _types;

    public void AddRootType(Type type, Language.OperationType operation)
    {
        if (!RootTypes.Contains((type, operation)))
        {
            RootTypes.Add((type, operation));
        }
    }

    public void AddType(Type type)
    {
        if (_seen.Add(type))
        {
            _types.Add(type);
        }
    }

    /// <summary>Adds the types of an assembly that carry a code-first attribute or are fluent type classes.</summary>
    public void AddTypesFromAssembly(Assembly assembly, Func<Type, bool>? include)
    {
        foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (IsRegistrable(type) && include?.Invoke(type) != false)
            {
                AddType(type);
            }
        }
    }

    private static bool IsRegistrable(Type type) =>
        !type.IsGenericTypeDefinition
        && (type.IsDefined(typeof(QueryTypeAttribute)) || type.IsDefined(typeof(MutationTypeAttribute))
            || type.IsDefined(typeof(SubscriptionTypeAttribute)) || type.IsDefined(typeof(ExtendObjectTypeAttribute), inherit: false)
            || type.IsDefined(typeof(NodeAttribute)) || type.IsDefined(typeof(InterfaceTypeAttribute)) || type.IsDefined(typeof(UnionTypeAttribute))
            || (!type.IsAbstract && FluentTypes.IsFluentType(type)));
}
