namespace Booking.GraphQL.Configuration;

/// <summary>
/// The <c>RateLimiting</c> section, for the default policy on the GraphQL endpoint: a token bucket per client (the
/// signed-in user, else the remote address) holding <see cref="Burst"/> requests and refilled with
/// <see cref="PermitsPerSecond"/> each second. Requests beyond it get 429 at once (no queueing).
/// </summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimiting";

    public const string PolicyName = "graphql";

    public bool Enabled { get; set; } = true;

    public int PermitsPerSecond { get; set; } = 50;

    public int Burst { get; set; } = 100;
}
