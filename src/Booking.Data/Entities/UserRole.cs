namespace Booking.Data.Entities;

/// <summary>What a user may do: book (client), offer time (provider) or manage everyone (admin).</summary>
public enum UserRole
{
    Client,
    Provider,
    Admin,
}
