using Meridian.Language;
using Path = Meridian.Execution.Path;

namespace Meridian.Errors;

/// <summary>The standard immutable <see cref="IError"/>. Build one directly or through <see cref="ErrorBuilder"/>.</summary>
public sealed class Error : IError
{
    public Error(
        string message,
        string? code = null,
        Path? path = null,
        IReadOnlyList<Location>? locations = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Message = message;
        Code = code;
        Path = path;
        Locations = locations is { Count: > 0 } ? locations : null;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        Exception = exception;
    }

    public string Message { get; }

    public string? Code { get; }

    public Path? Path { get; }

    public IReadOnlyList<Location>? Locations { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public Exception? Exception { get; }

    public IError WithMessage(string message) => new Error(message, Code, Path, Locations, Extensions, Exception);

    public IError WithCode(string? code) => new Error(Message, code, Path, Locations, Extensions, Exception);

    public IError WithPath(Path? path) => new Error(Message, Code, path, Locations, Extensions, Exception);

    public IError WithLocations(IReadOnlyList<Location>? locations) =>
        new Error(Message, Code, Path, locations, Extensions, Exception);

    public IError WithExtension(string key, object? value)
    {
        var extensions = Extensions is null
            ? new OrderedDictionary<string, object?>()
            : new OrderedDictionary<string, object?>(Extensions);
        extensions[key] = value;
        return new Error(Message, Code, Path, Locations, extensions, Exception);
    }

    public IError WithException(Exception? exception) => new Error(Message, Code, Path, Locations, Extensions, exception);

    public override string ToString() => Code is null ? Message : $"{Message} ({Code})";
}
