using System.Net;
using System.Threading.RateLimiting;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Limits;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Limits;

public sealed class LimitsTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(
            (services, graphQL) =>
            {
                graphQL.AddRequestLimits(new GraphQLLimits
                {
                    ExecutionTimeout = TimeSpan.FromMilliseconds(300),
                    MaxExecutionDepth = 3,
                    MaxFieldCost = 20,
                    AllowIntrospection = false,
                    MaxRequestSize = 300,
                });
                services.AddRateLimiter(options =>
                {
                    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                    options.AddFixedWindowLimiter("tight", o =>
                    {
                        o.PermitLimit = 2;
                        o.Window = TimeSpan.FromMinutes(5);
                        o.QueueLimit = 0;
                    });
                });
            },
            mapEndpoints: app =>
            {
                app.MapGraphQL();
                app.MapGraphQL("/limited").RequireRateLimiting("tight");
            },
            configurePipeline: app => app.UseRateLimiter());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_request_over_the_execution_timeout_is_cut_off()
    {
        using var strict = await _server.PostQueryAsync("{ wait(ms: 20000) }", accept: "application/graphql-response+json");
        using var legacy = await _server.PostQueryAsync("{ wait(ms: 20000) }", accept: "application/json");

        Assert.Equal(HttpStatusCode.InternalServerError, strict.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", await strict.ReadErrorCodeAsync());
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", await legacy.ReadErrorCodeAsync());
    }

    [Theory]
    [InlineData("{ nested { nested { nested { hello } } } }", "MAX_EXECUTION_DEPTH_EXCEEDED")]
    [InlineData("{ books { id title author year rating } }", "MAX_COST_EXCEEDED")]
    [InlineData("{ __schema { queryType { name } } }", "INTROSPECTION_DISABLED")]
    public async Task Depth_cost_and_introspection_limits_are_request_errors(string query, string code)
    {
        using var response = await _server.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await response.ReadErrorCodeAsync());
    }

    [Fact]
    public async Task Queries_within_the_limits_run()
    {
        using var response = await _server.PostQueryAsync("{ __typename nested { nested { hello } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_request_size_limit_applies()
    {
        using var response = await _server.PostQueryAsync("{ hello }", variables: new { padding = new string('x', 400) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_takes_the_rate_limiter_policy()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _server.PostQueryAsync("{ hello }", path: "/limited");
            statuses.Add(response.StatusCode);
        }

        using var unlimited = await _server.PostQueryAsync("{ hello }");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, unlimited.StatusCode);
    }
}
