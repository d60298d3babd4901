using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore;

/// <summary>
/// The seam for the WebSocket transport: every WebSocket upgrade request to a GraphQL endpoint is handed to the one
/// registered implementation (graphql-transport-ws and graphql-ws). Without one, upgrades are refused with 400.
/// </summary>
public interface IGraphQLWebSocketHandler
{
    Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint);
}
