using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.AspNetCore.WebSockets.Messages;
using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>
/// <c>graphql-ws</c>, the legacy protocol of subscriptions-transport-ws that Apollo's older clients and Banana Cake
/// Pop's Apollo mode speak: start/stop/data/error/complete, <c>ka</c> keep-alives, <c>connection_terminate</c>.
/// </summary>
internal sealed class GraphQLWsProtocol : SocketProtocol
{
    public const string ProtocolName = "graphql-ws";

    private static readonly OutgoingFrame KeepAliveFrame = SocketMessageWriter.Constant("ka");
    private static readonly JsonEncodedText ConnectionErrorType = JsonEncodedText.Encode("connection_error");

    public static GraphQLWsProtocol Instance { get; } = new();

    public override string Name => ProtocolName;

    public override OutgoingFrame KeepAlive => KeepAliveFrame;

    public override bool SendsKeepAliveOnAck => true;

    public override bool ReplacesDuplicateOperations => true;

    protected override JsonEncodedText AckType { get; } = JsonEncodedText.Encode("connection_ack");

    protected override JsonEncodedText NextType { get; } = JsonEncodedText.Encode("data");

    protected override JsonEncodedText ErrorType { get; } = JsonEncodedText.Encode("error");

    public override ClientMessageKind Classify(string type) => type switch
    {
        "connection_init" => ClientMessageKind.ConnectionInit,
        "start" => ClientMessageKind.Subscribe,
        "stop" => ClientMessageKind.Complete,
        "connection_terminate" => ClientMessageKind.Terminate,

        // Some clients echo keep-alives; they need no answer.
        "ka" => ClientMessageKind.Pong,
        _ => ClientMessageKind.Unknown,
    };

    public override OutgoingFrame? WriteConnectionRejected(string message) =>
        SocketMessageWriter.Write(ConnectionErrorType, null, message, static (writer, message) =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    /// <summary>The legacy error payload is one error object (the first), as subscriptions-transport-ws clients expect.</summary>
    protected override void WriteErrorPayload(Utf8JsonWriter writer, IReadOnlyList<IError> errors) =>
        JsonResultFormatter.WriteError(writer, errors[0]);
}
