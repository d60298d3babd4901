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
    private readonly ConcurrentDictionary<Type, LeafFieldReader?> _readers = new();
    private CachedReader? _last;

    private LeafFieldCompleter(DefaultFieldResolver resolver, ILeafType type)
    {
        _resolver = resolver;
        _type = type;
    }

    /// <summary>A completer for a field of <paramref name="fieldType"/>; null when no CLR value of it completes unboxed.</summary>
    public static LeafFieldCompleter? Create(DefaultFieldResolver resolver, IType fieldType) =>
        (fieldType is NonNullType nonNull ? nonNull.NullableType : fieldType) is ILeafType leaf && LeafStores.Supports(leaf)
            ? new LeafFieldCompleter(resolver, leaf)
            : null;

    /// <summary>
    /// Completes the field of <paramref name="parent"/> into the slot; false when the value must go through the general
    /// completion (null, a value the type rejects, or a parent without a typed reader), with the value resolved.
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
            last = new CachedReader(type, _readers.GetOrAdd(type, CreateReader));
            _last = last;
        }

        if (last.Reader is { } reader)
        {
            return reader.TryComplete(parent, container, index, out value);
        }

        value = _resolver.Read(parent);
        return false;
    }

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

        var readerType = valueType == memberType
            ? typeof(LeafFieldReader<>).MakeGenericType(valueType)
            : typeof(NullableLeafFieldReader<>).MakeGenericType(valueType);
        return (LeafFieldReader)Activator.CreateInstance(readerType, read, store)!;
    }

    private sealed record CachedReader(Type Type, LeafFieldReader? Reader);
}
