using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Authentication;

/// <summary>Passes the HTTP request's services and user into the operation request.</summary>
public class DefaultHttpRequestInterceptor : IHttpRequestInterceptor
{
    public virtual ValueTask OnCreateAsync(HttpContext context, IRequestExecutor executor, OperationRequestBuilder request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        request.SetHttpContext(context);
        return ValueTask.CompletedTask;
    }
}
