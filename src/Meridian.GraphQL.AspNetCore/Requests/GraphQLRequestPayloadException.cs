namespace Meridian.AspNetCore;

/// <summary>
/// A request's parameters are malformed (not JSON, wrong types, no document): the request cannot run at all.
/// Transports report it with <see cref="RequestErrorCodes.InvalidRequest"/>.
/// </summary>
public sealed class GraphQLRequestPayloadException(string message) : Exception(message);
