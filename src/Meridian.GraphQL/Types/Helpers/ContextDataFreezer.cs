using System.Collections.Frozen;

namespace Meridian.Types;

internal static class ContextDataFreezer
{
    /// <summary>Freezes a configuration's metadata bag for a runtime member; empty bags share one instance.</summary>
    public static IReadOnlyDictionary<string, object?> Freeze(IReadOnlyDictionary<string, object?> contextData) =>
        contextData.Count == 0
            ? FrozenDictionary<string, object?>.Empty
            : contextData.ToFrozenDictionary(StringComparer.Ordinal);
}
