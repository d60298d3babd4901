using Booking.Data.Entities;

namespace Booking.Domain.Accounts;

/// <summary>A sign-up: the password is hashed with <c>PasswordHasher&lt;User&gt;</c> and never stored.</summary>
public sealed record NewUser(string Email, string DisplayName, string Password, UserRole Role = UserRole.Client);
