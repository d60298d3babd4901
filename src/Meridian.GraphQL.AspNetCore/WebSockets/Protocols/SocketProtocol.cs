using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.AspNetCore.WebSockets.Messages;
using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>
/// One GraphQL-over-WebSocket subprotocol: the names of its messages and the shapes of what the server sends. The
/// session runs the same connection state machine for both; only what differs between them lives here.
/// </summary>
internal abstract class SocketProtocol
{
    private static readonly JsonEncodedText CompleteType = JsonEncodedText.Encode("complete");

    /// <summary>The subprotocol's name as negotiated in <c>Sec-WebSocket-Protocol</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The message the server sends periodically to keep the connection alive.</summary>
    public abstract OutgoingFrame KeepAlive { get; }

    /// <summary>Whether a keep-alive is sent right after the acknowledgement (the legacy protocol's rule).</summary>
    public abstract bool SendsKeepAliveOnAck { get; }

    /// <summary>
    /// Whether starting an operation with the id of a running one replaces it (the legacy server's behaviour) rather
    /// than closing the socket with 4409 (graphql-transport-ws's rule).
    /// </summary>
    public abstract bool ReplacesDuplicateOperations { get; }

    protected abstract JsonEncodedText AckType { get; }

    protected abstract JsonEncodedText NextType { get; }

    protected abstract JsonEncodedText ErrorType { get; }

    public abstract ClientMessageKind Classify(string type);

    public OutgoingFrame WriteAck(IReadOnlyDictionary<string, object?>? payload) => SocketMessageWriter.WriteMap(AckType, payload);

    public OutgoingFrame WriteNext(string id, OperationResult result) =>
        SocketMessageWriter.Write(NextType, id, result, static (writer, result) => JsonResultFormatter.Write(result, writer));

    /// <summary>The errors of an operation that failed before execution; no <c>complete</c> follows.</summary>
    public OutgoingFrame WriteError(string id, IReadOnlyList<IError> errors) =>
        SocketMessageWriter.Write(ErrorType, id, errors, WriteErrorPayload);

    public OutgoingFrame WriteComplete(string id) => SocketMessageWriter.Write<object?>(CompleteType, id, null, null);

    /// <summary>The message that tells the client its connection was refused, if the subprotocol has one (besides the close).</summary>
    public virtual OutgoingFrame? WriteConnectionRejected(string message) => null;

    /// <summary>The answer to a client's ping, if the subprotocol has pings.</summary>
    public virtual OutgoingFrame? Pong => null;

    protected abstract void WriteErrorPayload(Utf8JsonWriter writer, IReadOnlyList<IError> errors);
}
