namespace Meridian.Language;

/// <summary>
/// Reuses the strings of recently seen names, so that documents, which repeat the same field and type names, allocate
/// each name once per thread instead of once per occurrence. A small direct-mapped table: a collision just replaces.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxCachedLength = 48;

    [ThreadStatic]
    private static string?[]? t_entries;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }

        var hash = (uint)name.Length;
        foreach (var c in name)
        {
            hash = (hash * 31) + c;
        }

        var entries = t_entries ??= new string?[Size];
        ref var slot = ref entries[(hash ^ (hash >> 15)) & (Size - 1)];
        var cached = slot;
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(name);
        slot = created;
        return created;
    }
}
