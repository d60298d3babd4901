using Booking.Data;
using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Availability;

/// <summary>
/// Keeps each active provider's profile in memory, keyed by its version. Every change to a profile advances that
/// version in the same transaction (the DbContext stamps every modified profile), so a caller that has just read the version
/// in its own transaction gets exactly the row it would have read: a reservation then needs no query for it.
/// The profiles handed out are shared and untracked: read them, never change them.
/// </summary>
public sealed class ProviderProfileCache
{
    private readonly ProviderEntries<ProviderProfile> _entries = new();

    /// <summary>
    /// The active provider's profile at <paramref name="version"/>, from memory or else from the database (then as it is
    /// now, which may be newer); null when the provider does not exist or is inactive.
    /// </summary>
    internal async Task<ProviderProfile?> GetAsync(BookingDbContext db, Guid providerId, int version, CancellationToken cancellationToken)
    {
        if (_entries.TryGet(providerId, out var cached) && cached.Version == version)
        {
            return cached;
        }

        var profile = await db.ProviderProfiles.AsNoTracking()
            .SingleOrDefaultAsync(profile => profile.Id == providerId && profile.User!.IsActive, cancellationToken);
        if (profile is not null)
        {
            _entries.Store(providerId, profile);
        }

        return profile;
    }
}
