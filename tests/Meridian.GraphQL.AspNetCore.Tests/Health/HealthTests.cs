using System.Net;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Health;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meridian.GraphQL.AspNetCore.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_without_checks_and_ready_checks_the_executor()
    {
        await using var server = await GraphQLTestServer.StartAsync(mapEndpoints: app =>
        {
            app.MapGraphQL();
            app.MapGraphQLHealthChecks();
        });

        using var live = await server.GetAsync("/health/live");
        using var ready = await server.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await live.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("graphql").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_fails_when_a_ready_check_fails_while_live_stays_up()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            (services, _) => services.AddHealthChecks().AddCheck(
                "database",
                () => HealthCheckResult.Unhealthy("down"),
                tags: [GraphQLHealthEndpointRouteBuilderExtensions.ReadyTag]),
            app =>
            {
                app.MapGraphQL();
                app.MapGraphQLHealthChecks();
            });

        using var live = await server.GetAsync("/health/live");
        using var ready = await server.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.ReadJsonAsync();
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("graphql").GetProperty("status").GetString());
    }
}
