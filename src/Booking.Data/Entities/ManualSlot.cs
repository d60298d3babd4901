namespace Booking.Data.Entities;

/// <summary>A one-off bookable period offered outside the weekly hours, as UTC instants.</summary>
public sealed class ManualSlot : IProviderScheduleEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProviderId { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }
}
