namespace Booking.Data.Entities;

/// <summary>One status change of an appointment: append-only, never updated or deleted.</summary>
public sealed class AppointmentHistory
{
    public long Id { get; set; }

    public Guid AppointmentId { get; set; }

    /// <summary>Who made the change; null when the system did (hold expiry).</summary>
    public Guid? ChangedById { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The status before the change; null for the creation.</summary>
    public AppointmentStatus? FromStatus { get; set; }

    public AppointmentStatus ToStatus { get; set; }

    public string? Reason { get; set; }
}
