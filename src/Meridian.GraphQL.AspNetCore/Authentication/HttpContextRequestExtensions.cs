using System.Security.Claims;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Authentication;

/// <summary>The one place an HTTP context's request services and user flow into an operation request.</summary>
public static class HttpContextRequestExtensions
{
    /// <summary>
    /// Runs the request with <paramref name="context"/>'s request services and user, or with <paramref name="user"/>
    /// when given (a WebSocket authenticated by its <c>connection_init</c> token, for example).
    /// </summary>
    public static OperationRequestBuilder SetHttpContext(this OperationRequestBuilder request, HttpContext context, ClaimsPrincipal? user = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var state = new HttpContextRequestState(context);
        request.SetServices(state);
        return user is null ? request.SetUserProvider(state) : request.SetUser(user);
    }
}
