using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Booking.Domain.Availability;

/// <summary>
/// The per-provider store behind the version-keyed caches: bounded by emptying it when full (entries are cheap to
/// load again, and a version check decides whether one may be used).
/// </summary>
internal sealed class ProviderEntries<T>
    where T : class
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<Guid, T> _entries = new();

    public bool TryGet(Guid providerId, [NotNullWhen(true)] out T? entry) =>
        _entries.TryGetValue(providerId, out entry);

    public void Store(Guid providerId, T entry)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[providerId] = entry;
    }
}
