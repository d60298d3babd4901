using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.AspNetCore.WebSockets.Messages;
using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>
/// One GraphQL-over-WebSocket subprotocol: the names of its messages and the shapes of what the server sends. The
/// session runs the same connection state machine for both subprotocols (see <see cref="SocketProtocols"/>); only
/// what differs between them is described here.
/// </summary>
internal sealed class SocketProtocol
{
    private static readonly JsonEncodedText AckType = JsonEncodedText.Encode("connection_ack");
    private static readonly JsonEncodedText ErrorType = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText CompleteType = JsonEncodedText.Encode("complete");
    private static readonly JsonEncodedText ConnectionErrorType = JsonEncodedText.Encode("connection_error");

    private readonly IReadOnlyDictionary<string, ClientMessageKind> _clientMessages;
    private readonly JsonEncodedText _nextType;
    private readonly bool _errorsAsList;
    private readonly bool _sendsConnectionError;

    /// <param name="name">The subprotocol's name as negotiated in <c>Sec-WebSocket-Protocol</c>.</param>
    /// <param name="clientMessages">The client's message types and what they ask for.</param>
    /// <param name="nextType">The type of a result message (<c>next</c> or <c>data</c>).</param>
    /// <param name="keepAliveType">The type of the server's keep-alive (<c>ping</c> or <c>ka</c>).</param>
    /// <param name="pongType">The type of the answer to a client's ping; null when the subprotocol has no pings.</param>
    /// <param name="errorsAsList">Whether an error message carries every error (a list) or only the first (an object).</param>
    /// <param name="sendsConnectionError">Whether a refused connection is told so in a <c>connection_error</c> before the close.</param>
    /// <param name="sendsKeepAliveOnAck">Whether a keep-alive follows the acknowledgement at once.</param>
    /// <param name="replacesDuplicateOperations">Whether starting a running id replaces its operation instead of closing with 4409.</param>
    public SocketProtocol(
        string name,
        IReadOnlyDictionary<string, ClientMessageKind> clientMessages,
        string nextType,
        string keepAliveType,
        string? pongType,
        bool errorsAsList,
        bool sendsConnectionError,
        bool sendsKeepAliveOnAck,
        bool replacesDuplicateOperations)
    {
        Name = name;
        _clientMessages = clientMessages;
        _nextType = JsonEncodedText.Encode(nextType);
        KeepAlive = SocketMessageWriter.Constant(keepAliveType);
        Pong = pongType is null ? null : SocketMessageWriter.Constant(pongType);
        _errorsAsList = errorsAsList;
        _sendsConnectionError = sendsConnectionError;
        SendsKeepAliveOnAck = sendsKeepAliveOnAck;
        ReplacesDuplicateOperations = replacesDuplicateOperations;
    }

    public string Name { get; }

    /// <summary>The message the server sends periodically to keep the connection alive.</summary>
    public OutgoingFrame KeepAlive { get; }

    /// <summary>The answer to a client's ping, if the subprotocol has pings.</summary>
    public OutgoingFrame? Pong { get; }

    public bool SendsKeepAliveOnAck { get; }

    public bool ReplacesDuplicateOperations { get; }

    public ClientMessageKind Classify(string type) => _clientMessages.GetValueOrDefault(type, ClientMessageKind.Unknown);

    public OutgoingFrame WriteAck(IReadOnlyDictionary<string, object?>? payload) => SocketMessageWriter.WriteMap(AckType, payload);

    public OutgoingFrame WriteNext(string id, OperationResult result) =>
        SocketMessageWriter.Write(_nextType, id, result, static (writer, result) => JsonResultFormatter.Write(result, writer));

    /// <summary>The errors of an operation that failed before execution; no <c>complete</c> follows.</summary>
    public OutgoingFrame WriteError(string id, IReadOnlyList<IError> errors) =>
        _errorsAsList
            ? SocketMessageWriter.Write(ErrorType, id, errors, static (writer, errors) =>
            {
                writer.WriteStartArray();
                foreach (var error in errors)
                {
                    JsonResultFormatter.WriteError(writer, error);
                }

                writer.WriteEndArray();
            })
            : SocketMessageWriter.Write(ErrorType, id, errors[0], static (writer, error) => JsonResultFormatter.WriteError(writer, error));

    public OutgoingFrame WriteComplete(string id) => SocketMessageWriter.Write<object?>(CompleteType, id, null, null);

    /// <summary>The message that tells the client its connection was refused, if the subprotocol has one (besides the close).</summary>
    public OutgoingFrame? WriteConnectionRejected(string message) =>
        _sendsConnectionError
            ? SocketMessageWriter.Write(ConnectionErrorType, null, message, static (writer, message) =>
            {
                writer.WriteStartObject();
                writer.WriteString("message", message);
                writer.WriteEndObject();
            })
            : null;
}
