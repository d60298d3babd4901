using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.WebSockets.Sessions;

/// <summary>The connection state interceptors see and may change (its user).</summary>
internal sealed class SocketConnection(HttpContext httpContext, string protocol) : ISocketConnection
{
    public HttpContext HttpContext { get; } = httpContext;

    public string Protocol { get; } = protocol;

    public ClaimsPrincipal User { get; set; } = httpContext.User;

    public DateTimeOffset? AuthenticationExpires { get; set; }

    public IReadOnlyDictionary<string, object?>? ConnectionParameters { get; set; }
}
