using Meridian.AspNetCore.Http;

namespace Meridian.AspNetCore.WebSockets.Messages;

/// <summary>A client message, read and checked: its kind, its operation id and its payload as that kind needs it.</summary>
internal sealed record ClientMessage(ClientMessageKind Kind)
{
    public string? Id { get; init; }

    /// <summary>The <c>connection_init</c> payload (connection parameters); null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? ConnectionParameters { get; init; }

    /// <summary>The operation of a subscribe (start) message.</summary>
    public GraphQLRequest? Request { get; init; }
}
