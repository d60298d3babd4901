namespace Meridian.AspNetCore.WebSockets.Protocols;

/// <summary>Chooses the subprotocol of a connection from those the client offers.</summary>
internal static class SocketProtocols
{
    /// <summary>graphql-transport-ws when offered (it is preferred, whatever the client's order), else graphql-ws, else none.</summary>
    public static SocketProtocol? Negotiate(IList<string> requested)
    {
        SocketProtocol? chosen = null;
        foreach (var name in requested)
        {
            if (string.Equals(name, GraphQLTransportWsProtocol.ProtocolName, StringComparison.Ordinal))
            {
                return GraphQLTransportWsProtocol.Instance;
            }

            if (string.Equals(name, GraphQLWsProtocol.ProtocolName, StringComparison.Ordinal))
            {
                chosen = GraphQLWsProtocol.Instance;
            }
        }

        return chosen;
    }
}
