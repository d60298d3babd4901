using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Meridian.Execution;

/// <summary>
/// The path of a value in a result: an immutable linked list of field names and list indices, from the root.
/// Appending allocates one small segment and shares the parent, so every resolver can have its own path cheaply.
/// Prints as a JSON array: <c>["hero", "friends", 0, "name"]</c> prints <c>["hero","friends",0,"name"]</c>.
/// </summary>
public abstract class Path : IEquatable<Path>
{
    private protected Path(Path? parent)
    {
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The empty path of the operation's root selection set.</summary>
    public static Path Root { get; } = new RootPath();

    /// <summary>The path without its last segment; null for <see cref="Root"/>.</summary>
    public Path? Parent { get; }

    /// <summary>The number of segments: 0 for the root.</summary>
    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public NamePath Append(string name) => new(this, name);

    public IndexPath Append(int index) => new(this, index);

    /// <summary>Builds a path from segments that are <see cref="string"/> names or <see cref="int"/> indices.</summary>
    public static Path FromList(IEnumerable<object> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var path = Root;
        foreach (var segment in segments)
        {
            path = segment switch
            {
                string name => path.Append(name),
                int index => path.Append(index),
                _ => throw new ArgumentException($"A path segment must be a string or an int, not {segment?.GetType().Name ?? "null"}.", nameof(segments)),
            };
        }

        return path;
    }

    /// <summary>The segments from the root: <see cref="string"/> names and <see cref="int"/> indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var current = this; current.Parent is not null; current = current.Parent)
        {
            segments[current.Depth - 1] = current.SegmentValue;
        }

        return segments;
    }

    /// <summary>Writes the path as a JSON array.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var segment in ToList())
        {
            if (segment is int index)
            {
                writer.WriteNumberValue(index);
            }
            else
            {
                writer.WriteStringValue((string)segment);
            }
        }

        writer.WriteEndArray();
    }

    public override string ToString()
    {
        var builder = new StringBuilder("[");
        var segments = ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            if (segments[i] is int index)
            {
                builder.Append(index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(Types.JsonText.Quote((string)segments[i]));
            }
        }

        return builder.Append(']').ToString();
    }

    public bool Equals(Path? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Depth != Depth)
        {
            return false;
        }

        for (Path? left = this, right = other; left is not null; left = left.Parent, right = right!.Parent)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (!left.SegmentEquals(right!))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is Path other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var current = this; current.Parent is not null; current = current.Parent)
        {
            current.AddSegmentHash(ref hash);
        }

        return hash.ToHashCode();
    }

    private protected abstract object SegmentValue { get; }

    private protected abstract bool SegmentEquals(Path other);

    private protected abstract void AddSegmentHash(ref HashCode hash);

    private sealed class RootPath : Path
    {
        public RootPath()
            : base(null)
        {
        }

        private protected override object SegmentValue => throw new InvalidOperationException("The root path has no segment.");

        private protected override bool SegmentEquals(Path other) => other is RootPath;

        private protected override void AddSegmentHash(ref HashCode hash)
        {
        }
    }
}

/// <summary>A path segment naming a field by its response name (alias or field name).</summary>
public sealed class NamePath : Path
{
    internal NamePath(Path parent, string name)
        : base(parent)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    public string Name { get; }

    private protected override object SegmentValue => Name;

    private protected override bool SegmentEquals(Path other) => other is NamePath name && name.Name == Name;

    private protected override void AddSegmentHash(ref HashCode hash) => hash.Add(Name);
}

/// <summary>A path segment indexing a list item.</summary>
public sealed class IndexPath : Path
{
    internal IndexPath(Path parent, int index)
        : base(parent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Index = index;
    }

    public int Index { get; }

    private protected override object SegmentValue => Index;

    private protected override bool SegmentEquals(Path other) => other is IndexPath index && index.Index == Index;

    private protected override void AddSegmentHash(ref HashCode hash) => hash.Add(Index);
}
