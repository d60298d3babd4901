using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Meridian.Types;

/// <summary>
/// The fields, arguments or input fields of a member, in declaration order, with O(1) lookup by name (a frozen
/// dictionary built once at schema completion).
/// </summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IFieldDefinition
{
    private readonly T[] _fields;
    private readonly FrozenDictionary<string, T> _byName;

    internal FieldCollection(T[] fields)
    {
        _fields = fields;
        _byName = fields.Length == 0
            ? FrozenDictionary<string, T>.Empty
            : fields.DistinctBy(f => f.Name, StringComparer.Ordinal).ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static FieldCollection<T> Empty { get; } = new([]);

    public int Count => _fields.Length;

    public T this[int index] => _fields[index];

    /// <summary>The field named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public T this[string name] =>
        _byName.TryGetValue(name, out var field)
            ? field
            : throw new KeyNotFoundException($"There is no field named \"{name}\".");

    public bool ContainsField(string name) => _byName.ContainsKey(name);

    public bool TryGetField(string name, [NotNullWhen(true)] out T? field) => _byName.TryGetValue(name, out field);

    /// <summary>The fields as a span, for loops without an enumerator.</summary>
    public ReadOnlySpan<T> AsSpan() => _fields;

    public ArrayEnumerator<T> GetEnumerator() => new(_fields);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}
