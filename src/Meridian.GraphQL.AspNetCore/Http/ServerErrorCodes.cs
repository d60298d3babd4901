namespace Meridian.AspNetCore;

/// <summary>The stable <c>extensions.code</c> values of the errors the HTTP server itself raises; the one list of them.</summary>
public static class ServerErrorCodes
{
    /// <summary>The body is not valid JSON (or not UTF-8).</summary>
    public const string RequestJsonInvalid = "HTTP_REQUEST_JSON_INVALID";

    /// <summary>A request parameter has the wrong type (for example <c>query</c> not a string, <c>variables</c> not an object).</summary>
    public const string RequestParameterInvalid = "HTTP_REQUEST_PARAMETER_INVALID";

    /// <summary>The request has neither document text, nor a document id, nor a persisted query hash.</summary>
    public const string RequestDocumentMissing = "HTTP_REQUEST_DOCUMENT_MISSING";

    /// <summary>The body is larger than the configured maximum request size (status 413).</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>The body's media type or charset is not supported (status 415).</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>None of the media types in <c>Accept</c> can be produced (status 406).</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not supported by the endpoint (status 405).</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>A batch was sent but this kind of batching is disabled, or the batch is too large.</summary>
    public const string BatchingNotAllowed = "HTTP_BATCHING_NOT_ALLOWED";

    /// <summary>A subscription was sent to the plain HTTP handler, which cannot stream (use WebSocket or SSE).</summary>
    public const string StreamingNotSupported = "HTTP_STREAMING_NOT_SUPPORTED";

    /// <summary>A WebSocket upgrade reached an endpoint without a WebSocket transport.</summary>
    public const string WebSocketsNotSupported = "HTTP_WEBSOCKETS_NOT_SUPPORTED";

    /// <summary>The schema download names a type that does not exist or an invalid type name.</summary>
    public const string SchemaTypeNotFound = "HTTP_SCHEMA_TYPE_NOT_FOUND";

    /// <summary>A WebSocket connection already runs as many operations as it may.</summary>
    public const string TooManyOperations = "WEBSOCKET_TOO_MANY_OPERATIONS";
}
