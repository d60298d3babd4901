namespace Meridian.AspNetCore;

/// <summary>The <c>extensions.code</c> values of requests refused before they reach the engine.</summary>
public static class RequestErrorCodes
{
    /// <summary>The request's parameters are malformed: not JSON, wrong types, or no document.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The request body's media type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The HTTP method is not one the endpoint serves.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body is larger than the configured limit.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
