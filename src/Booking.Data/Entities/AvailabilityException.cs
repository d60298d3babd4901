namespace Booking.Data.Entities;

/// <summary>
/// A one-off change to the weekly hours, in the provider's local time (DateTime of kind Unspecified): time off when
/// <see cref="IsAvailable"/> is false, extra hours when true. A whole day is midnight to the next midnight.
/// </summary>
public sealed class AvailabilityException : IProviderScheduleEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProviderId { get; set; }

    public DateTime LocalStart { get; set; }

    public DateTime LocalEnd { get; set; }

    public bool IsAvailable { get; set; }

    public string? Reason { get; set; }
}
