using Booking.Data.Entities;

namespace Booking.Domain.Queries;

/// <summary>
/// Which appointments to list: all optional, combined with AND. <paramref name="From"/>/<paramref name="To"/> select
/// appointments that overlap [From, To).
/// </summary>
public sealed record BookingFilter(
    Guid? ProviderId = null,
    Guid? ClientId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    IReadOnlyList<AppointmentStatus>? Statuses = null,
    int Limit = 100);
