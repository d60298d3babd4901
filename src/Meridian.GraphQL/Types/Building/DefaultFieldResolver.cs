using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Meridian.Execution;

namespace Meridian.Types;

/// <summary>
/// The resolver of fields without one: reads the parent's entry named like the field — a dictionary key, else a
/// public property, field or parameterless method (matched case-insensitively unless configured otherwise; an exact
/// match wins). The accessor is compiled once per (CLR type, field name) and cached; each field also remembers the
/// last parent type it saw, so the common monomorphic case costs one type comparison.
/// </summary>
internal sealed class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name, bool IgnoreCase), Func<object, object?>> Accessors = new();

    private readonly string _fieldName;
    private readonly MemberInfo? _member;
    private readonly bool _ignoreCase;
    private CachedAccessor? _last;

    public DefaultFieldResolver(string fieldName, MemberInfo? member, bool ignoreCase)
    {
        _fieldName = fieldName;
        _member = member;
        _ignoreCase = ignoreCase;
    }

    public object? Resolve(IResolverContext context) => Read(context.Parent<object?>());

    /// <summary>The parent's entry named like the field; null for a null parent.</summary>
    public object? Read(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        var type = parent.GetType();
        var last = _last;
        if (last is null || last.Type != type)
        {
            last = new CachedAccessor(type, GetAccessor(type));
            _last = last;
        }

        return last.Accessor(parent);
    }

    /// <summary>
    /// The property, field or method this resolver reads on parents of <paramref name="type"/>; null when it reads
    /// dictionary entries or finds nothing.
    /// </summary>
    public MemberInfo? FindMember(Type type)
    {
        if (_member is not null && _member.DeclaringType is { } declaring && declaring.IsAssignableFrom(type) && IsReadable(_member))
        {
            return _member;
        }

        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        return FindMember(type, _fieldName, StringComparison.Ordinal)
            ?? (_ignoreCase ? FindMember(type, _fieldName, StringComparison.OrdinalIgnoreCase) : null);
    }

    private Func<object, object?> GetAccessor(Type type)
    {
        if (_member is not null && _member.DeclaringType is { } declaring && declaring.IsAssignableFrom(type)
            && Compile(type, _member) is { } memberAccessor)
        {
            return memberAccessor;
        }

        return Accessors.GetOrAdd((type, _fieldName, _ignoreCase), static key => Create(key.Type, key.Name, key.IgnoreCase));
    }

    private static Func<object, object?> Create(Type type, string name, bool ignoreCase)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ReadEntry((IReadOnlyDictionary<string, object?>)parent, name, ignoreCase);
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return parent => ReadEntry(new ReadOnlyDictionaryView((IDictionary<string, object?>)parent), name, ignoreCase);
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return parent => ((IDictionary)parent)[name];
        }

        var member = FindMember(type, name, StringComparison.Ordinal)
            ?? (ignoreCase ? FindMember(type, name, StringComparison.OrdinalIgnoreCase) : null);
        return member is not null && Compile(type, member) is { } accessor ? accessor : static _ => null;
    }

    private static object? ReadEntry(IReadOnlyDictionary<string, object?> map, string name, bool ignoreCase)
    {
        if (map.TryGetValue(name, out var value))
        {
            return value;
        }

        if (ignoreCase)
        {
            foreach (var (key, entry) in map)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var getName = "Get" + name;
        return type.GetProperties(flags).FirstOrDefault(p => p.GetIndexParameters().Length == 0 && p.CanRead && string.Equals(p.Name, name, comparison))
            ?? (MemberInfo?)type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, name, comparison))
            ?? type.GetMethods(flags).FirstOrDefault(m => m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition
                && m.ReturnType != typeof(void) && m.DeclaringType != typeof(object)
                && (string.Equals(m.Name, name, comparison) || string.Equals(m.Name, getName, comparison)));
    }

    private static Func<object, object?>? Compile(Type type, MemberInfo member) =>
        CompileRead(type, member, typeof(object)) as Func<object, object?>;

    /// <summary>
    /// Compiles <c>parent => (TResult)((Type)parent).Member</c> as a <c>Func&lt;object, TResult&gt;</c> (a typed
    /// <paramref name="resultType"/> reads value types without boxing); null when the member cannot be read.
    /// </summary>
    public static Delegate? CompileRead(Type type, MemberInfo member, Type resultType)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parent, type);
        Expression? read = IsReadable(member)
            ? member switch
            {
                PropertyInfo property => Expression.Property(typed, property),
                FieldInfo field => Expression.Field(typed, field),
                MethodInfo method => Expression.Call(typed, method),
                _ => null,
            }
            : null;

        return read is null
            ? null
            : Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), resultType), Expression.Convert(read, resultType), parent).Compile();
    }

    /// <summary>The type a read of <paramref name="member"/> returns.</summary>
    public static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        MethodInfo method => method.ReturnType,
        _ => typeof(object),
    };

    private static bool IsReadable(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetIndexParameters().Length == 0 && property.CanRead,
        FieldInfo field => !field.IsStatic,
        MethodInfo method => method.GetParameters().Length == 0 && !method.IsStatic,
        _ => false,
    };

    private sealed record CachedAccessor(Type Type, Func<object, object?> Accessor);

    private sealed class ReadOnlyDictionaryView(IDictionary<string, object?> inner) : IReadOnlyDictionary<string, object?>
    {
        public object? this[string key] => inner[key];

        public IEnumerable<string> Keys => inner.Keys;

        public IEnumerable<object?> Values => inner.Values;

        public int Count => inner.Count;

        public bool ContainsKey(string key) => inner.ContainsKey(key);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => inner.GetEnumerator();

        public bool TryGetValue(string key, out object? value) => inner.TryGetValue(key, out value);

        IEnumerator IEnumerable.GetEnumerator() => inner.GetEnumerator();
    }
}
