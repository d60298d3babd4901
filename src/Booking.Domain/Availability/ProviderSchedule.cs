using Booking.Domain.Scheduling;

namespace Booking.Domain.Availability;

/// <summary>
/// A provider's weekly rules, exceptions and manual slots as of profile version <see cref="Version"/>: complete for
/// every time from <see cref="CoversFrom"/> on (older exceptions and manual slots are left out).
/// </summary>
internal sealed record ProviderSchedule(
    int Version,
    DateTimeOffset CoversFrom,
    IReadOnlyList<WeeklyAvailabilityRule> Rules,
    IReadOnlyList<AvailabilityException> Exceptions,
    IReadOnlyList<ManualSlot> ManualSlots);
