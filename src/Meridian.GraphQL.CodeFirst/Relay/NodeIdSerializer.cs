using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Meridian.Errors;

namespace Meridian.CodeFirst;

/// <summary>
/// Opaque global IDs in Hot Chocolate v14's format: standard base64 of the UTF-8 bytes <c>TypeName:key</c>, where
/// the key is written by its type — strings as UTF-8, <see cref="short"/>/<see cref="int"/>/<see cref="long"/> as
/// decimal digits, <see cref="Guid"/> as its 16 raw bytes (HC's compressed form; the <c>N</c> and <c>D</c> text forms
/// are accepted when parsing). <c>Book</c> with key 1 is <c>Qm9vazox</c>.
/// </summary>
public sealed class NodeIdSerializer
{
    private const byte Delimiter = (byte)':';

    public static NodeIdSerializer Default { get; } = new();

    /// <summary>Formats <paramref name="key"/> as an ID of the node type <paramref name="typeName"/>.</summary>
    public string Format(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var keyBytes = key switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            short or int or long or ushort or uint or ulong or byte => Encoding.UTF8.GetBytes(((IFormattable)key).ToString(null, CultureInfo.InvariantCulture)),
            Guid guid => guid.ToByteArray(),
            _ => throw new InvalidOperationException($"Node IDs cannot carry keys of type {key.GetType().Name}; use string, short, int, long or Guid keys."),
        };
        var name = Encoding.UTF8.GetBytes(typeName);
        var bytes = new byte[name.Length + 1 + keyBytes.Length];
        name.CopyTo(bytes, 0);
        bytes[name.Length] = Delimiter;
        keyBytes.CopyTo(bytes, name.Length + 1);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Decodes an ID whose key is of <paramref name="keyType"/>; throws <see cref="GraphQLException"/> with <c>NODE_ID_INVALID</c> when it cannot.</summary>
    public NodeId Parse(string id, Type keyType)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(keyType);
        var (typeName, key) = Split(id);
        return new NodeId(typeName, ParseKey(id, key, Nullable.GetUnderlyingType(keyType) ?? keyType));
    }

    /// <summary>The node type name of an ID, without decoding its key.</summary>
    public string GetTypeName(string id) => Split(id).TypeName;

    private static (string TypeName, byte[] Key) Split(string id)
    {
        var bytes = DecodeBase64(id);
        var delimiter = bytes is null ? -1 : Array.IndexOf(bytes, Delimiter);
        if (bytes is null || delimiter <= 0)
        {
            throw Invalid(id);
        }

        return (Encoding.UTF8.GetString(bytes, 0, delimiter), bytes[(delimiter + 1)..]);
    }

    private static byte[]? DecodeBase64(string id)
    {
        if (id.Length == 0 || id.Length > 4096)
        {
            return null;
        }

        // Clients sometimes drop the padding; put it back before decoding.
        var padded = (id.Length % 4) switch
        {
            2 => id + "==",
            3 => id + "=",
            _ => id,
        };
        var buffer = new byte[padded.Length];
        return Convert.TryFromBase64String(padded, buffer, out var written) ? buffer[..written] : null;
    }

    private static object ParseKey(string id, byte[] key, Type keyType)
    {
        if (keyType == typeof(string) || keyType == typeof(object))
        {
            return Encoding.UTF8.GetString(key);
        }

        if (keyType == typeof(int) && Utf8Parser.TryParse(key, out int intKey, out var intRead) && intRead == key.Length)
        {
            return intKey;
        }

        if (keyType == typeof(long) && Utf8Parser.TryParse(key, out long longKey, out var longRead) && longRead == key.Length)
        {
            return longKey;
        }

        if (keyType == typeof(short) && Utf8Parser.TryParse(key, out short shortKey, out var shortRead) && shortRead == key.Length)
        {
            return shortKey;
        }

        if (keyType == typeof(Guid))
        {
            if (key.Length == 16)
            {
                return new Guid(key);
            }

            if (Guid.TryParse(Encoding.UTF8.GetString(key), CultureInfo.InvariantCulture, out var guid))
            {
                return guid;
            }
        }

        throw Invalid(id);
    }

    internal static GraphQLException Invalid(string id) => new(ErrorBuilder.New()
        .SetMessage($"The ID \"{id}\" is not a valid node ID.")
        .SetCode(CodeFirstErrorCodes.NodeIdInvalid)
        .Build());

    internal static GraphQLException WrongType(string id, string actualType, string expectedType) => new(ErrorBuilder.New()
        .SetMessage($"The ID \"{id}\" belongs to type \"{actualType}\", but an ID of type \"{expectedType}\" was expected.")
        .SetCode(CodeFirstErrorCodes.NodeIdInvalid)
        .Build());
}
