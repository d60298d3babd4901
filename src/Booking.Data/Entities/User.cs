namespace Booking.Data.Entities;

/// <summary>Anyone who signs in: a client, a provider (who also has a <see cref="ProviderProfile"/>) or an admin.</summary>
public sealed class User : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The address as the user typed it.</summary>
    public required string Email { get; set; }

    /// <summary>Lower-case form of <see cref="Email"/>; unique, so e-mail addresses are unique case-insensitively.</summary>
    public string NormalizedEmail { get; set; } = string.Empty;

    public required string DisplayName { get; set; }

    /// <summary>A <c>PasswordHasher&lt;User&gt;</c> hash; empty for accounts that cannot sign in with a password.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    public UserRole Role { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>No-shows since the last unblock; reaching the configured threshold blocks the client.</summary>
    public int NoShowCount { get; set; }

    /// <summary>A blocked client may not reserve until an admin unblocks them.</summary>
    public bool IsBlocked { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public ProviderProfile? ProviderProfile { get; set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
