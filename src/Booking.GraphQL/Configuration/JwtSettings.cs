namespace Booking.GraphQL.Configuration;

/// <summary>
/// The <c>Authentication:Jwt</c> section: tokens are validated against <see cref="Authority"/> (an OpenID Connect
/// issuer whose keys are discovered) or a shared <see cref="SigningKey"/> (HMAC-SHA256, at least 32 bytes). With
/// neither, every request is anonymous.
/// </summary>
public sealed class JwtSettings
{
    public const string SectionName = "Authentication:Jwt";

    public string? Authority { get; set; }

    public string? SigningKey { get; set; }

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>The claim that names the user.</summary>
    public string NameClaimType { get; set; } = "name";

    /// <summary>The claim that holds roles.</summary>
    public string RoleClaimType { get; set; } = "role";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
