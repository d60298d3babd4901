using Booking.Data.Entities;

namespace Booking.Domain.Events;

/// <summary>
/// An appointment was created or changed status. <paramref name="PreviousStatus"/> is null for a new appointment;
/// <paramref name="ChangedById"/> is null when the system changed it (hold expiry).
/// </summary>
public sealed record AppointmentChanged(
    Guid AppointmentId,
    Guid ProviderId,
    Guid ClientId,
    AppointmentStatus Status,
    AppointmentStatus? PreviousStatus,
    DateTimeOffset Start,
    DateTimeOffset End,
    Guid? ChangedById,
    DateTimeOffset ChangedAt) : DomainEvent;
