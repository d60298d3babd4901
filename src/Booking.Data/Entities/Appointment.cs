namespace Booking.Data.Entities;

/// <summary>
/// A client's booking of a provider's time, [<see cref="Start"/>, <see cref="End"/>) in UTC. Appointments are never
/// deleted: every status change is recorded in <see cref="History"/>.
/// </summary>
public sealed class Appointment : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProviderId { get; set; }

    public ProviderProfile? Provider { get; set; }

    public Guid ClientId { get; set; }

    public User? Client { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>When an unconfirmed reservation stops holding its slot; null once confirmed.</summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }

    public Guid? CancelledById { get; set; }

    public string? CancellationReason { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>The appointment this one replaced when it was rescheduled.</summary>
    public Guid? RescheduledFromId { get; set; }

    public string? Notes { get; set; }

    /// <summary>A client-chosen key that makes a retried reservation return this appointment; unique per client.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<AppointmentHistory> History { get; set; } = [];

    public static bool IsActiveStatus(AppointmentStatus status) =>
        status is AppointmentStatus.Reserved or AppointmentStatus.Confirmed;

    /// <summary>Whether the appointment occupies its time at <paramref name="now"/>: confirmed, or a hold not yet lapsed.</summary>
    public bool IsLiveAt(DateTimeOffset now) =>
        Status == AppointmentStatus.Confirmed
        || (Status == AppointmentStatus.Reserved && HoldExpiresAt > now);
}
