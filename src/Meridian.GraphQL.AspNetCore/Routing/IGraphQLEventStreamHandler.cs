using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore;

/// <summary>
/// The seam for the server-sent events transport: a request to the endpoint that names <c>text/event-stream</c> in
/// its <c>Accept</c> header at least as highly as the JSON media types is handed to the one registered
/// implementation. Without one, such requests go to the plain HTTP handler (406 if JSON is not acceptable).
/// </summary>
public interface IGraphQLEventStreamHandler
{
    Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint);
}
