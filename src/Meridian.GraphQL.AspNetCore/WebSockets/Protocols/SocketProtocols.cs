using Meridian.AspNetCore.WebSockets.Messages;

namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>The two subprotocols the server speaks, and the choice between them.</summary>
internal static class SocketProtocols
{
    public const string TransportWsName = "graphql-transport-ws";
    public const string LegacyWsName = "graphql-ws";

    /// <summary><c>graphql-transport-ws</c>, the protocol of the graphql-ws library (the current standard).</summary>
    public static SocketProtocol TransportWs { get; } = new(
        TransportWsName,
        new Dictionary<string, ClientMessageKind>(StringComparer.Ordinal)
        {
            ["connection_init"] = ClientMessageKind.ConnectionInit,
            ["ping"] = ClientMessageKind.Ping,
            ["pong"] = ClientMessageKind.Pong,
            ["subscribe"] = ClientMessageKind.Subscribe,
            ["complete"] = ClientMessageKind.Complete,
        },
        nextType: "next",
        keepAliveType: "ping",
        pongType: "pong",
        errorsAsList: true,
        sendsConnectionError: false,
        sendsKeepAliveOnAck: false,
        replacesDuplicateOperations: false);

    /// <summary>
    /// <c>graphql-ws</c>, the legacy protocol of subscriptions-transport-ws that Apollo's older clients and Banana
    /// Cake Pop's Apollo mode speak. Its error payload is one error object and a duplicate start replaces the running
    /// operation, as the subscriptions-transport-ws server does.
    /// </summary>
    public static SocketProtocol LegacyWs { get; } = new(
        LegacyWsName,
        new Dictionary<string, ClientMessageKind>(StringComparer.Ordinal)
        {
            ["connection_init"] = ClientMessageKind.ConnectionInit,
            ["start"] = ClientMessageKind.Subscribe,
            ["stop"] = ClientMessageKind.Complete,
            ["connection_terminate"] = ClientMessageKind.Terminate,

            // Some clients echo keep-alives; they need no answer.
            ["ka"] = ClientMessageKind.Pong,
        },
        nextType: "data",
        keepAliveType: "ka",
        pongType: null,
        errorsAsList: false,
        sendsConnectionError: true,
        sendsKeepAliveOnAck: true,
        replacesDuplicateOperations: true);

    /// <summary>graphql-transport-ws when offered (it is preferred, whatever the client's order), else graphql-ws, else none.</summary>
    public static SocketProtocol? Negotiate(IList<string> requested)
    {
        SocketProtocol? chosen = null;
        foreach (var name in requested)
        {
            if (string.Equals(name, TransportWsName, StringComparison.Ordinal))
            {
                return TransportWs;
            }

            if (string.Equals(name, LegacyWsName, StringComparison.Ordinal))
            {
                chosen = LegacyWs;
            }
        }

        return chosen;
    }
}
