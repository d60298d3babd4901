using System.Collections.Concurrent;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The executor's shortcut for a leaf field that the default resolver reads (no resolver, no middleware): reads the
/// parent's member typed and stores the serialized value straight into the result slot, instead of boxing the value,
/// running the scalar's <c>Serialize</c> on the box and, for dates and times, formatting a string. One per field;
/// the typed reader is compiled once per parent CLR type.
/// </summary>
internal sealed class LeafFieldCompleter
{
    private readonly DefaultFieldResolver _resolver;
    private readonly ILeafType _type;
    private readonly bool _nullable;
    private readonly ConcurrentDictionary<Type, LeafFieldReader?> _readers = new();
    private readonly Func<Type, LeafFieldReader?> _createReader;
    private CachedReader? _last;

    private LeafFieldCompleter(DefaultFieldResolver resolver, ILeafType type, bool nullable)
    {
        _resolver = resolver;
        _type = type;
        _nullable = nullable;
        _createReader = CreateReader;
    }

    /// <summary>A completer for a field of <paramref name="fieldType"/>; null when no CLR value of it completes unboxed.</summary>
    public static LeafFieldCompleter? Create(DefaultFieldResolver resolver, IType fieldType)
    {
        var nullable = fieldType is not NonNullType;
        return (nullable ? fieldType : ((NonNullType)fieldType).NullableType) is ILeafType leaf && LeafStores.Supports(leaf)
            ? new LeafFieldCompleter(resolver, leaf, nullable)
            : null;
    }

    /// <summary>
    /// Completes the field of <paramref name="parent"/> into the slot; false when the value must go through the general
    /// completion (null in a non-null field, a value the type rejects, or a parent without a typed reader), with the
    /// value resolved.
    /// </summary>
    public bool TryComplete(object? parent, ObjectResult container, int index, out object? value)
    {
        if (parent is null)
        {
            value = null;
            return false;
        }

        var type = parent.GetType();
        var last = _last;
        if (last is null || last.Type != type)
        {
            last = new CachedReader(type, GetReader(type));
            _last = last;
        }

        if (last.Reader is { } reader)
        {
            return reader.TryComplete(parent, container, index, out value);
        }

        value = _resolver.Read(parent);
        return false;
    }

    /// <summary>The typed reader of the field on parents of <paramref name="parentType"/>; null when there is none.</summary>
    public LeafFieldReader? GetReader(Type parentType) => _readers.GetOrAdd(parentType, _createReader);

    private LeafFieldReader? CreateReader(Type parentType)
    {
        if (_resolver.FindMember(parentType) is not { } member)
        {
            return null;
        }

        var memberType = DefaultFieldResolver.MemberType(member);
        var valueType = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (LeafStores.Find(_type, valueType) is not { } store
            || DefaultFieldResolver.CompileRead(parentType, member, memberType) is not { } read)
        {
            return null;
        }

        if (valueType != memberType)
        {
            store = Activator.CreateInstance(typeof(NullableLeafStore<>).MakeGenericType(valueType), store)!;
        }

        return (LeafFieldReader)Activator.CreateInstance(typeof(LeafFieldReader<>).MakeGenericType(memberType), member, read, store, _nullable)!;
    }

    private sealed record CachedReader(Type Type, LeafFieldReader? Reader);
}
