using Meridian.Language;
using Path = Meridian.Execution.Path;

namespace Meridian.Errors;

/// <summary>A mutable builder for <see cref="Error"/>, for call sites that set many parts.</summary>
public sealed class ErrorBuilder
{
    private string? _message;
    private string? _code;
    private Path? _path;
    private List<Location>? _locations;
    private OrderedDictionary<string, object?>? _extensions;
    private Exception? _exception;

    public static ErrorBuilder New() => new();

    /// <summary>Starts from an existing error, keeping all its parts.</summary>
    public static ErrorBuilder FromError(IError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var builder = new ErrorBuilder
        {
            _message = error.Message,
            _code = error.Code,
            _path = error.Path,
            _exception = error.Exception,
        };

        if (error.Locations is not null)
        {
            builder._locations = [.. error.Locations];
        }

        if (error.Extensions is not null)
        {
            builder._extensions = new OrderedDictionary<string, object?>(error.Extensions);
        }

        return builder;
    }

    public ErrorBuilder SetMessage(string message)
    {
        _message = message;
        return this;
    }

    public ErrorBuilder SetCode(string? code)
    {
        _code = code;
        return this;
    }

    public ErrorBuilder SetPath(Path? path)
    {
        _path = path;
        return this;
    }

    public ErrorBuilder AddLocation(Location? location)
    {
        if (location is not null)
        {
            (_locations ??= []).Add(location);
        }

        return this;
    }

    /// <summary>Adds the location of a syntax node; nodes built in code have none and are skipped.</summary>
    public ErrorBuilder AddLocation(ISyntaxNode? node) => AddLocation(node?.Location);

    public ErrorBuilder ClearLocations()
    {
        _locations = null;
        return this;
    }

    public ErrorBuilder SetExtension(string key, object? value)
    {
        (_extensions ??= [])[key] = value;
        return this;
    }

    public ErrorBuilder RemoveExtension(string key)
    {
        _extensions?.Remove(key);
        return this;
    }

    public ErrorBuilder SetException(Exception? exception)
    {
        _exception = exception;
        return this;
    }

    public IError Build()
    {
        if (string.IsNullOrEmpty(_message))
        {
            throw new InvalidOperationException("An error needs a message.");
        }

        return new Error(_message, _code, _path, _locations?.ToArray(), _extensions, _exception);
    }
}
