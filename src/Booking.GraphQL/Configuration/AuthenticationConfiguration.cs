using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Booking.GraphQL.Configuration;

internal static class AuthenticationConfiguration
{
    /// <summary>JWT bearer authentication from <see cref="JwtSettings"/>; the request's user flows into GraphQL.</summary>
    public static IServiceCollection AddBookingAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(JwtSettings.SectionName).Get<JwtSettings>() ?? new JwtSettings();
        services.AddAuthorization();
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        if (!settings.IsConfigured)
        {
            return services;
        }

        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = settings.Authority;
            options.Audience = settings.Audience;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidateIssuer = settings.Issuer is not null || settings.Authority is not null,
                ValidAudience = settings.Audience,
                ValidateAudience = settings.Audience is not null,
                IssuerSigningKey = string.IsNullOrWhiteSpace(settings.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey)),
                NameClaimType = settings.NameClaimType,
                RoleClaimType = settings.RoleClaimType,
            };
        });
        return services;
    }
}
