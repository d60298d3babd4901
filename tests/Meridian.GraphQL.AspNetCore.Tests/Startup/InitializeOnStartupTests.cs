using System.Text.Json;
using Meridian.AspNetCore;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.Startup;

/// <summary><c>InitializeOnStartup</c>: the executor is built, and warmed up, before the server takes requests.</summary>
public sealed class InitializeOnStartupTests
{
    [Fact]
    public async Task The_executor_is_built_and_warmed_up_before_the_server_starts_and_then_serves_the_requests()
    {
        var events = new List<string>();
        IRequestExecutor? warmed = null;
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddGraphQLServer().AddTestSchema().InitializeOnStartup(async (executor, cancellationToken) =>
        {
            using var result = await executor.ExecuteOperationAsync(OperationRequest.FromSource("{ hello(name: \"warm-up\") }"), cancellationToken);
            lock (events)
            {
                events.Add($"warm-up: {result.ToJson()}");
            }

            warmed = executor;
        });
        await using var app = builder.Build();
        app.MapGraphQL();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            lock (events)
            {
                events.Add("server started");
            }
        });

        var address = await LoopbackApp.StartAsync(app);

        Assert.Equal(["warm-up: {\"data\":{\"hello\":\"Hello, warm-up!\"}}", "server started"], events);
        Assert.Same(warmed, await app.Services.GetRequestExecutorAsync());
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ hello(name: \"client\") }"}""", System.Text.Encoding.UTF8, "application/json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello, client!", body.RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_schema_that_cannot_be_built_stops_the_application_from_starting()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddGraphQLServer()
            .AddTypeDefinitions("type Query { broken: Missing }")
            .InitializeOnStartup();
        await using var app = builder.Build();
        app.MapGraphQL();

        var error = await Assert.ThrowsAsync<SchemaException>(() => app.StartAsync());

        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_it_the_executor_is_built_by_the_first_request()
    {
        var builds = 0;
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddGraphQLServer().AddTestSchema().ConfigureSchema(_ => Interlocked.Increment(ref builds));
        await using var app = builder.Build();
        app.MapGraphQL();

        await app.StartAsync();

        Assert.Equal(0, Volatile.Read(ref builds));
        await app.Services.GetRequestExecutorAsync();
        Assert.Equal(1, Volatile.Read(ref builds));
    }
}
