namespace Booking.Domain.Scheduling;

/// <summary>Everything the slot generator needs to know about one provider.</summary>
public sealed record ProviderAvailability(
    ScheduleSettings Settings,
    IReadOnlyList<WeeklyAvailabilityRule> Rules,
    IReadOnlyList<AvailabilityException> Exceptions,
    IReadOnlyList<ManualSlot> ManualSlots,
    IReadOnlyList<BusyInterval> Busy);
