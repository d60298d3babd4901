using Booking.Data.Entities;

namespace Booking.Domain.Availability;

/// <summary>A provider's scheduling settings as set through the API; the defaults are the product's.</summary>
public sealed record ProviderSettings
{
    public string TimeZoneId { get; init; } = "UTC";

    public string Description { get; init; } = string.Empty;

    public TimeSpan DefaultAppointmentLength { get; init; } = ProviderProfile.DefaultAppointmentLengthValue;

    public TimeSpan SlotStep { get; init; } = ProviderProfile.DefaultSlotStep;

    public TimeSpan MinimumNotice { get; init; }

    public int BookingWindowDays { get; init; } = ProviderProfile.DefaultBookingWindowDays;

    public TimeSpan BufferBefore { get; init; }

    public TimeSpan BufferAfter { get; init; }

    public TimeSpan HoldGracePeriod { get; init; } = ProviderProfile.DefaultHoldGracePeriod;

    public TimeSpan CancellationCutoff { get; init; } = ProviderProfile.DefaultCancellationCutoff;
}
