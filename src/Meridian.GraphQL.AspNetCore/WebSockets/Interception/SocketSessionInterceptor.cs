using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets;

/// <summary>An interceptor that accepts every connection and changes nothing; derive from it to override one hook.</summary>
public class SocketSessionInterceptor : ISocketSessionInterceptor
{
    public virtual ValueTask<SocketConnectResult> OnConnectAsync(ISocketConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SocketConnectResult.Accept());

    public virtual ValueTask OnRequestAsync(ISocketConnection connection, OperationRequestBuilder request, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public virtual ValueTask OnCloseAsync(ISocketConnection connection, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
