using System.Diagnostics.CodeAnalysis;

namespace Meridian.PersistedOperations;

/// <summary>
/// The id of a stored operation document: a SHA-256 hex hash (Apollo's automatic persisted queries) or another
/// client-chosen id (Relay-style persisted ids, MD5 hashes). Ids are 1 to 200 ASCII letters, digits, '-' or '_',
/// so that every store can use them as a key or file name as they are; anything else is rejected.
/// </summary>
public readonly record struct OperationDocumentId
{
    public const int MaxLength = 200;

    public OperationDocumentId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"An operation document id is 1 to {MaxLength} ASCII letters, digits, '-' or '_'.",
                nameof(value));
        }

        Value = value;
    }

    /// <summary>The id's text; null only for <c>default(OperationDocumentId)</c>.</summary>
    public string Value { get; }

    public bool IsEmpty => Value is null;

    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? value, out OperationDocumentId id)
    {
        id = IsValid(value) ? new OperationDocumentId(value) : default;
        return !id.IsEmpty;
    }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>The id's text, refusing <c>default(OperationDocumentId)</c>: stores call it before using an id.</summary>
    internal string RequireValue() =>
        Value ?? throw new ArgumentException("The operation document id is empty.", "id");
}
