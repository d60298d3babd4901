using System.Text.Json;
using Meridian.AspNetCore.Streaming;
using Meridian.AspNetCore.WebSockets.Messages;
using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary><c>graphql-transport-ws</c>, the protocol of the graphql-ws library (the current standard).</summary>
internal sealed class GraphQLTransportWsProtocol : SocketProtocol
{
    public const string ProtocolName = "graphql-transport-ws";

    private static readonly OutgoingFrame PingFrame = SocketMessageWriter.Constant("ping");
    private static readonly OutgoingFrame PongFrame = SocketMessageWriter.Constant("pong");

    public static GraphQLTransportWsProtocol Instance { get; } = new();

    public override string Name => ProtocolName;

    public override OutgoingFrame KeepAlive => PingFrame;

    public override bool SendsKeepAliveOnAck => false;

    public override bool ReplacesDuplicateOperations => false;

    public override OutgoingFrame? Pong => PongFrame;

    protected override JsonEncodedText AckType { get; } = JsonEncodedText.Encode("connection_ack");

    protected override JsonEncodedText NextType { get; } = JsonEncodedText.Encode("next");

    protected override JsonEncodedText ErrorType { get; } = JsonEncodedText.Encode("error");

    public override ClientMessageKind Classify(string type) => type switch
    {
        "connection_init" => ClientMessageKind.ConnectionInit,
        "ping" => ClientMessageKind.Ping,
        "pong" => ClientMessageKind.Pong,
        "subscribe" => ClientMessageKind.Subscribe,
        "complete" => ClientMessageKind.Complete,
        _ => ClientMessageKind.Unknown,
    };

    /// <summary>The protocol's error payload is the list of GraphQL errors.</summary>
    protected override void WriteErrorPayload(Utf8JsonWriter writer, IReadOnlyList<IError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            JsonResultFormatter.WriteError(writer, error);
        }

        writer.WriteEndArray();
    }
}
