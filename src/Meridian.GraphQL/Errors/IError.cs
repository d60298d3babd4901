using Meridian.Language;
using Path = Meridian.Execution.Path;

namespace Meridian.Errors;

/// <summary>
/// One error of a GraphQL response or of a schema build: a message, a stable code (written as <c>extensions.code</c>),
/// where it happened in the result (<see cref="Path"/>) and in the document (<see cref="Locations"/>).
/// Errors are immutable; the <c>With…</c> methods return changed copies.
/// </summary>
public interface IError
{
    string Message { get; }

    /// <summary>The stable error code, written to the response as <c>extensions.code</c>.</summary>
    string? Code { get; }

    /// <summary>The path of the result field the error belongs to, if any.</summary>
    Path? Path { get; }

    /// <summary>The locations in the document (or SDL) the error refers to.</summary>
    IReadOnlyList<Location>? Locations { get; }

    /// <summary>Further entries of <c>extensions</c>, in insertion order, besides <c>code</c>.</summary>
    IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error; never serialized unless the executor is told to include details.</summary>
    Exception? Exception { get; }

    IError WithMessage(string message);

    IError WithCode(string? code);

    IError WithPath(Path? path);

    IError WithLocations(IReadOnlyList<Location>? locations);

    IError WithExtension(string key, object? value);

    IError WithException(Exception? exception);
}
