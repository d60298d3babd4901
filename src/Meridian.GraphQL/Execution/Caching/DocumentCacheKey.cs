namespace Meridian.Execution;

/// <summary>
/// What the document, validation and plan caches know a document by: the hash or persisted id the request named
/// it by, or else its text itself, compared ordinally. Keying on the text spares every request a cryptographic
/// hash of it; the text's hash code is computed once per request. A text and an id never collide: the two kinds
/// are told apart.
/// </summary>
internal readonly struct DocumentCacheKey : IEquatable<DocumentCacheKey>
{
    private readonly int _hashCode;

    private DocumentCacheKey(string value, bool isText)
    {
        Value = value;
        IsText = isText;
        _hashCode = HashCode.Combine(StringComparer.Ordinal.GetHashCode(value), isText);
    }

    public string Value { get; }

    public bool IsText { get; }

    public static DocumentCacheKey ForText(string text) => new(text, isText: true);

    public static DocumentCacheKey ForHash(string hashOrId) => new(hashOrId, isText: false);

    public bool Equals(DocumentCacheKey other) =>
        _hashCode == other._hashCode && IsText == other.IsText && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DocumentCacheKey other && Equals(other);

    public override int GetHashCode() => _hashCode;
}
