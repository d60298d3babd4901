namespace Booking.Data.Entities;

/// <summary>
/// The life of an appointment. <see cref="Reserved"/> and <see cref="Confirmed"/> are the active states that occupy
/// the provider's time; every other state is final.
/// </summary>
public enum AppointmentStatus
{
    Reserved,
    Confirmed,
    Cancelled,
    Expired,
    Completed,
    NoShow,
}
