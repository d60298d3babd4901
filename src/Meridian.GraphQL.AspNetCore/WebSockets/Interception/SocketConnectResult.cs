namespace Meridian.AspNetCore.WebSockets;

/// <summary>An interceptor's verdict on a <c>connection_init</c>.</summary>
public sealed record SocketConnectResult
{
    private SocketConnectResult(bool accepted, string? message, IReadOnlyDictionary<string, object?>? acknowledgement)
    {
        IsAccepted = accepted;
        Message = message;
        Acknowledgement = acknowledgement;
    }

    public bool IsAccepted { get; }

    /// <summary>Why the connection was refused; sent to legacy clients in <c>connection_error</c> and as the close reason.</summary>
    public string? Message { get; }

    /// <summary>The payload of the <c>connection_ack</c>, if any.</summary>
    public IReadOnlyDictionary<string, object?>? Acknowledgement { get; }

    public static SocketConnectResult Accept(IReadOnlyDictionary<string, object?>? acknowledgement = null) =>
        new(true, null, acknowledgement);

    public static SocketConnectResult Reject(string message = "Forbidden") => new(false, message, null);
}
