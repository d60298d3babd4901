using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Authentication;

/// <summary>
/// Shapes each operation request built from an HTTP request (POST, GET, and the server-sent events transport) before
/// it runs: the default passes the request's services and its authenticated <c>ClaimsPrincipal</c>. Register your
/// own with <c>AddHttpRequestInterceptor&lt;T&gt;()</c>, usually deriving from <see cref="DefaultHttpRequestInterceptor"/>.
/// </summary>
public interface IHttpRequestInterceptor
{
    ValueTask OnCreateAsync(HttpContext context, IRequestExecutor executor, OperationRequestBuilder request, CancellationToken cancellationToken);
}
