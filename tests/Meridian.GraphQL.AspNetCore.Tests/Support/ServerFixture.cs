using Meridian.AspNetCore;
using Microsoft.AspNetCore.Builder;

namespace Meridian.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// One server shared by the HTTP tests: <c>/graphql</c> with default options, <c>/batching</c> with request and
/// variable batching, <c>/post-only</c> without GET, <c>/small</c> with a 200-byte request limit and
/// <c>/no-tool</c> without Banana Cake Pop or schema requests.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public GraphQLTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await GraphQLTestServer.StartAsync(mapEndpoints: app =>
        {
            app.MapGraphQL();
            app.MapGraphQL("/batching").WithOptions(o =>
            {
                o.EnableRequestBatching = true;
                o.EnableVariableBatching = true;
                o.MaxBatchSize = 5;
            });
            app.MapGraphQL("/post-only").WithOptions(o => o.EnableGetRequests = false);
            app.MapGraphQL("/small").WithOptions(o => o.MaxRequestSize = 200);
            app.MapGraphQL("/no-tool").WithOptions(o =>
            {
                o.Tool.Enable = false;
                o.EnableSchemaRequests = false;
            });
        });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "shared GraphQL server";
}
