using Meridian.Errors;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>The HTTP status of a GraphQL response (GraphQL over HTTP, 2025-05-08, and Hot Chocolate's choices).</summary>
public static class GraphQLStatusCodes
{
    /// <summary>
    /// A mutation (or any operation GET may not run) over GET is 405 whatever the media type: the spec's MUST. Under
    /// <c>application/json</c> every other well-formed request is 200. Under <c>application/graphql-response+json</c>:
    /// a response with <c>data</c> is 200, a request error (parse, validation, operation selection, variable
    /// coercion) is 400, and a response that lost its data during execution (timeout, unexpected failure) is 500.
    /// </summary>
    public static int For(OperationResult result, ResponseMediaType mediaType, bool isGet)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (isGet && IsOperationNotAllowed(result))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == ResponseMediaType.Json || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.IsRequestError ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
    }

    public static bool IsOperationNotAllowed(OperationResult result) =>
        result.IsRequestError && result.Errors.Count == 1 && result.Errors[0].Code == ErrorCodes.OperationNotAllowed;
}
