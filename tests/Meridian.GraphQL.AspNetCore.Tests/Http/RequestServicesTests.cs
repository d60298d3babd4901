using System.Security.Claims;
using Meridian.AspNetCore;
using Meridian.Execution;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Resolvers reach the HTTP request's DI scope and user, which the server reads from the HTTP context only when an
/// operation asks for them: one scope per request, shared by the request's resolvers, keyed services included, and
/// never created for an operation that takes nothing from it.
/// </summary>
public sealed class RequestServicesTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query {
          first: Int!
          second: Int!
          keyed: String!
          plain: String!
          anonymous: Boolean!
        }
        """;

    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(
            (services, _) =>
            {
                services.AddSingleton<ScopeLedger>();
                services.AddScoped<RequestScoped>();
                services.AddKeyedScoped<RequestScoped>("keyed");
                services.AddGraphQLServer("scoped")
                    .AddTypeDefinitions(Sdl)
                    .BindPureResolver("Query", "first", static context => context.Services.GetRequiredService<RequestScoped>().Id)
                    .BindPureResolver("Query", "second", static context => context.Services.GetRequiredService<RequestScoped>().Id)
                    .BindPureResolver("Query", "keyed", static context =>
                        ReferenceEquals(context.Services.GetRequiredKeyedService<RequestScoped>("keyed"), context.Services.GetRequiredService<RequestScoped>())
                            ? "same"
                            : "distinct")
                    .BindPureResolver("Query", "plain", static _ => "plain")
                    .BindPureResolver("Query", "anonymous", static context => context.User is { Identity.IsAuthenticated: false });
            },
            app => app.MapGraphQL("/scoped", "scoped"),
            app => app.Use((context, next) =>
            {
                // Watches the request's services, as ASP.NET Core provides them: a scope created when first read.
                var inner = new RequestServicesFeature(context, app.Services.GetRequiredService<IServiceScopeFactory>());
                context.Response.RegisterForDisposeAsync(inner);
                context.Features.Set<IServiceProvidersFeature>(new WatchedServicesFeature(inner, app.Services.GetRequiredService<ScopeLedger>()));
                return next(context);
            }));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_resolvers_of_one_request_share_its_scope_and_the_next_request_gets_another()
    {
        var first = await QueryAsync("{ first second }");
        var second = await QueryAsync("{ first second }");

        Assert.Equal(first.GetProperty("first").GetInt32(), first.GetProperty("second").GetInt32());
        Assert.Equal(second.GetProperty("first").GetInt32(), second.GetProperty("second").GetInt32());
        Assert.NotEqual(first.GetProperty("first").GetInt32(), second.GetProperty("first").GetInt32());
    }

    [Fact]
    public async Task Keyed_services_come_from_the_request_scope_too()
    {
        var data = await QueryAsync("{ keyed }");

        Assert.Equal("distinct", data.GetProperty("keyed").GetString());
    }

    [Fact]
    public async Task An_operation_that_takes_no_service_creates_no_scope()
    {
        var ledger = _server.Services.GetRequiredService<ScopeLedger>();
        var before = ledger.ScopesRead;

        var data = await QueryAsync("{ plain }");
        var afterPlain = ledger.ScopesRead;
        await QueryAsync("{ first second }");

        Assert.Equal("plain", data.GetProperty("plain").GetString());
        Assert.Equal(before, afterPlain);
        Assert.Equal(afterPlain + 1, ledger.ScopesRead);
    }

    [Fact]
    public async Task A_resolver_that_asks_for_the_user_without_a_sign_in_gets_the_anonymous_principal()
    {
        var data = await QueryAsync("{ anonymous }");

        Assert.True(data.GetProperty("anonymous").GetBoolean());
    }

    private async Task<System.Text.Json.JsonElement> QueryAsync(string query)
    {
        using var response = await _server.PostQueryAsync(query, path: "/scoped");
        var json = await response.ReadJsonAsync();
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    /// <summary>Numbers the request-scoped services, and counts the requests whose services were read.</summary>
    private sealed class ScopeLedger
    {
        private int _created;
        private int _scopesRead;

        public int ScopesRead => Volatile.Read(ref _scopesRead);

        public int Next() => Interlocked.Increment(ref _created);

        public void ScopeRead() => Interlocked.Increment(ref _scopesRead);
    }

    private sealed class WatchedServicesFeature(IServiceProvidersFeature inner, ScopeLedger ledger) : IServiceProvidersFeature
    {
        private bool _read;

        public IServiceProvider RequestServices
        {
            get
            {
                if (!_read)
                {
                    _read = true;
                    ledger.ScopeRead();
                }

                return inner.RequestServices;
            }

            set => inner.RequestServices = value;
        }
    }

    private sealed class RequestScoped(ScopeLedger ledger)
    {
        public int Id { get; } = ledger.Next();
    }
}
