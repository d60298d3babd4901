namespace Meridian.AspNetCore.PersistedOperations;

/// <summary>Reads Apollo's <c>extensions.persistedQuery</c> (<c>{"version":1,"sha256Hash":"…"}</c>).</summary>
internal static class PersistedQueryExtension
{
    public const string Name = "persistedQuery";

    /// <summary>Whether the request carries the extension; <paramref name="hash"/> is null when it has no usable hash.</summary>
    public static bool TryGet(IReadOnlyDictionary<string, object?>? extensions, out string? hash)
    {
        hash = null;
        if (extensions is null || !extensions.TryGetValue(Name, out var value))
        {
            return false;
        }

        if (value is IReadOnlyDictionary<string, object?> persistedQuery
            && persistedQuery.TryGetValue("sha256Hash", out var sha256) && sha256 is string text)
        {
            hash = text;
        }

        return true;
    }
}
