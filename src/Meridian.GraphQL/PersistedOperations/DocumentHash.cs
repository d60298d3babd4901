using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Meridian.PersistedOperations;

/// <summary>
/// The hash that identifies a document's text: lowercase hex SHA-256 of its UTF-8 bytes, as Apollo's automatic
/// persisted queries send it in <c>extensions.persistedQuery.sha256Hash</c>. Document caches key on it too.
/// </summary>
public static class DocumentHash
{
    public const int Sha256HexLength = 64;

    private const int StackLimit = 1024;

    public static string ComputeSha256Hex(ReadOnlySpan<char> document)
    {
        var byteCount = Encoding.UTF8.GetByteCount(document);
        byte[]? rented = null;
        var bytes = byteCount <= StackLimit
            ? stackalloc byte[StackLimit]
            : rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = Encoding.UTF8.GetBytes(document, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..written], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The document's SHA-256 hash as an <see cref="OperationDocumentId"/>.</summary>
    public static OperationDocumentId ComputeId(ReadOnlySpan<char> document) => new(ComputeSha256Hex(document));

    /// <summary>Whether <paramref name="sha256Hex"/> (either case) is the SHA-256 hash of <paramref name="document"/>.</summary>
    public static bool Matches(string? sha256Hex, ReadOnlySpan<char> document) =>
        sha256Hex is { Length: Sha256HexLength }
        && string.Equals(sha256Hex, ComputeSha256Hex(document), StringComparison.OrdinalIgnoreCase);
}
