using Booking.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Booking.Data.Model;

/// <summary>
/// Advances the concurrency token of every modified <see cref="IVersioned"/> entity, so that EF's UPDATE carries
/// <c>WHERE version = @read</c> and a racing writer that read the same version loses.
/// </summary>
internal static class VersionStamp
{
    public static void Advance(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
