namespace Booking.Data;

/// <summary>Names of the constraints and unique indexes whose violations the booking services translate into errors.</summary>
public static class DatabaseConstraintNames
{
    /// <summary>The PostgreSQL exclusion constraint that makes overlapping active appointments impossible.</summary>
    public const string AppointmentsNoOverlap = "appointments_no_overlap";

    public const string AppointmentsClientIdempotencyKey = "ux_appointments_client_idempotency_key";

    public const string UsersNormalizedEmail = "ux_users_normalized_email";
}
