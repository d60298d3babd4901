namespace Meridian.AspNetCore.WebSockets.Messages;

/// <summary>A client message does not follow the subprotocol; the socket closes with 4400 and this message.</summary>
internal sealed class InvalidSocketMessageException(string message) : Exception(message);
