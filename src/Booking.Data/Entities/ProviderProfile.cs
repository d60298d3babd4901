namespace Booking.Data.Entities;

/// <summary>
/// The scheduling settings of a provider. Its <see cref="Id"/> is the provider's <see cref="User.Id"/>, so a
/// provider id means the same thing everywhere.
/// </summary>
public sealed class ProviderProfile : IVersioned
{
    public static readonly TimeSpan DefaultSlotStep = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultHoldGracePeriod = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DefaultCancellationCutoff = TimeSpan.FromHours(2);
    public static readonly TimeSpan DefaultAppointmentLengthValue = TimeSpan.FromMinutes(30);
    public const int DefaultBookingWindowDays = 60;

    public Guid Id { get; set; }

    public User? User { get; set; }

    /// <summary>IANA time zone id; weekly rules and exceptions are read in this zone.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public string Description { get; set; } = string.Empty;

    public TimeSpan DefaultAppointmentLength { get; set; } = DefaultAppointmentLengthValue;

    public TimeSpan SlotStep { get; set; } = DefaultSlotStep;

    /// <summary>How far ahead of now a slot must start to be bookable.</summary>
    public TimeSpan MinimumNotice { get; set; }

    /// <summary>How many days ahead slots are offered.</summary>
    public int BookingWindowDays { get; set; } = DefaultBookingWindowDays;

    public TimeSpan BufferBefore { get; set; }

    public TimeSpan BufferAfter { get; set; }

    /// <summary>How long a reservation holds its slot before it must be confirmed.</summary>
    public TimeSpan HoldGracePeriod { get; set; } = DefaultHoldGracePeriod;

    /// <summary>How long before the start a client may still cancel a confirmed appointment.</summary>
    public TimeSpan CancellationCutoff { get; set; } = DefaultCancellationCutoff;

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public List<WeeklyAvailabilityRule> WeeklyRules { get; set; } = [];

    public List<AvailabilityException> Exceptions { get; set; } = [];

    public List<ManualSlot> ManualSlots { get; set; } = [];
}
