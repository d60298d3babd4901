using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Authentication;
using Meridian.CodeFirst;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Meridian.GraphQL.AspNetCore.Tests.Authentication;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private static readonly SymmetricSecurityKey SigningKey = new(Encoding.UTF8.GetBytes("meridian-test-signing-key-of-at-least-256-bits!"));
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(
            (services, _) =>
            {
                services.AddGraphQLServer("secure").AddQueryType<SecureQuery>().AddAuthorization();
                services.AddAuthorization();
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = "meridian-tests",
                        ValidAudience = "meridian",
                        IssuerSigningKey = SigningKey,
                        NameClaimType = "name",
                    };
                });
            },
            app =>
            {
                app.MapGraphQL();
                app.MapGraphQL("/private").RequireAuthorization();
                app.MapGraphQL("/secure", "secure");
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
            });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static string CreateToken(string name, SecurityKey? key = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "meridian-tests",
            Audience = "meridian",
            Subject = new ClaimsIdentity([new Claim("name", name), new Claim("sub", name.ToLowerInvariant())]),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            NotBefore = expires?.AddMinutes(-10),
            IssuedAt = expires?.AddMinutes(-10),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        });

    [Fact]
    public async Task The_bearer_token_user_reaches_the_resolvers()
    {
        using var response = await SendAsync("/graphql", CreateToken("Ada"));

        Assert.Equal("""{"data":{"me":"Ada"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_token_the_user_is_anonymous()
    {
        using var response = await SendAsync("/graphql", token: null);

        Assert.Equal("""{"data":{"me":null}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("wrong key")]
    [InlineData("expired")]
    [InlineData("garbage")]
    public async Task An_invalid_token_leaves_the_user_anonymous(string kind)
    {
        var token = kind switch
        {
            "wrong key" => CreateToken("Mallory", new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-also-long-enough-to-sign!"))),
            "expired" => CreateToken("Old", expires: DateTime.UtcNow.AddHours(-1)),
            _ => "not.a.token",
        };

        using var response = await SendAsync("/graphql", token);

        Assert.Equal("""{"data":{"me":null}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_endpoint_can_require_authorization()
    {
        using var anonymous = await SendAsync("/private", token: null);
        using var signedIn = await SendAsync("/private", CreateToken("Grace"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("""{"data":{"me":"Grace"}}""", await signedIn.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/private/")]
    [InlineData("/private/schema.graphql")]
    [InlineData("/private?sdl")]
    public async Task The_required_authorization_covers_everything_the_endpoint_serves(string path)
    {
        using var anonymous = await _server.Client.GetAsync(path);
        using var signedIn = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", CreateToken("Grace")) },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, signedIn.StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_token_from_elsewhere_authenticates_through_the_application_scheme()
    {
        var authenticator = _server.Services.GetRequiredService<IBearerTokenAuthenticator>();
        var context = new DefaultHttpContext { RequestServices = _server.Services };

        var valid = await authenticator.AuthenticateAsync(context, CreateToken("Linus"), CancellationToken.None);
        var invalid = await authenticator.AuthenticateAsync(context, "nope", CancellationToken.None);

        Assert.Equal("Linus", valid?.Identity?.Name);
        Assert.Null(invalid);
    }

    [Fact]
    public async Task An_authorized_field_sees_the_bearer_token_user()
    {
        using var anonymous = await SendAsync("/secure", token: null, query: "{ secret }");
        using var signedIn = await SendAsync("/secure", CreateToken("Ada"), query: "{ secret }");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", await anonymous.ReadErrorCodeAsync());
        Assert.Equal("""{"data":{"secret":"for Ada"}}""", await signedIn.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendAsync(string path, string? token, string query = "{ me }")
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query });
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _server.Client.SendAsync(request);
    }
}

/// <summary>A code-first query type with a field only signed-in users may read.</summary>
public sealed class SecureQuery
{
    [Meridian.CodeFirst.Authorize]
    public string GetSecret(ClaimsPrincipal user) => "for " + user.Identity?.Name;
}
