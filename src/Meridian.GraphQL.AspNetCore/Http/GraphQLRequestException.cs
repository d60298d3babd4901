using Meridian.Errors;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// An HTTP request that is not a well-formed GraphQL-over-HTTP request (bad JSON, a parameter of the wrong type, a
/// body too large, an unsupported media type): answered with <see cref="StatusCode"/> and the error, never executed.
/// </summary>
public sealed class GraphQLRequestException : Exception
{
    public GraphQLRequestException(int statusCode, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = new Error(message, code);
    }

    public int StatusCode { get; }

    public IError Error { get; }
}
