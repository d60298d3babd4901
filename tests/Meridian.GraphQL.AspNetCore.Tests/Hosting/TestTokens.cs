using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Meridian.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>JWTs signed in the test with a symmetric key that the test servers trust.</summary>
internal static class TestTokens
{
    public const string Issuer = "meridian-tests";
    public const string Audience = "meridian";

    public static SymmetricSecurityKey Key { get; } = new(Encoding.UTF8.GetBytes("meridian-realtime-tests-signing-key-0123456789"));

    public static TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        NameClaimType = "name",
    };

    public static string Create(string name, SecurityKey? key = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("name", name)]),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
        });
}
