namespace Booking.Data.Entities;

/// <summary>
/// An entity whose updates are guarded by optimistic concurrency: <see cref="BookingDbContext"/> increments
/// <see cref="Version"/> on every update and the UPDATE only applies when the version read is still current.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
