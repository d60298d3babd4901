using System.Threading.RateLimiting;

namespace Booking.GraphQL.Configuration;

internal static class RateLimitingConfiguration
{
    /// <summary>Registers the <see cref="RateLimitSettings.PolicyName"/> policy the GraphQL endpoint requires.</summary>
    public static IServiceCollection AddBookingRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitSettings.PolicyName, context =>
            {
                if (!settings.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter("disabled");
                }

                var client = context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? "user:" + name
                    : "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }
}
