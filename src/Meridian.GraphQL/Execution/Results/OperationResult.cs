using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// One GraphQL response: errors, data and extensions (§7). The data tree is pooled: read or serialize it, then
/// dispose the result; the tree must not be used afterwards.
/// </summary>
public sealed class OperationResult : IExecutionResult, IDisposable
{
    private ResultPool? _pool;

    internal OperationResult(
        ObjectResult? data,
        bool hasData,
        IReadOnlyList<IError> errors,
        IReadOnlyDictionary<string, object?>? extensions,
        bool isRequestError,
        ResultPool? pool)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
        Extensions = extensions;
        IsRequestError = isRequestError;
        _pool = pool;
    }

    /// <summary>The <c>data</c> entry; null when it is null or absent (see <see cref="HasData"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>True when the response has a <c>data</c> entry (possibly null): execution started.</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order they occurred; empty when there were none.</summary>
    public IReadOnlyList<IError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// True when the request failed before execution (syntax, validation, operation selection, variable coercion,
    /// an operation type not allowed): a request error result without <c>data</c>, which HTTP maps to status 400.
    /// </summary>
    public bool IsRequestError { get; }

    /// <summary>A result that failed before execution: errors only.</summary>
    public static OperationResult FromRequestErrors(IReadOnlyList<IError> errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new OperationResult(null, hasData: false, errors, extensions, isRequestError: true, pool: null);
    }

    /// <summary>A result of errors that happened during execution but left no data (timeouts, cancellation).</summary>
    public static OperationResult FromExecutionErrors(IReadOnlyList<IError> errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new OperationResult(null, hasData: false, errors, extensions, isRequestError: false, pool: null);
    }

    /// <summary>The result with other extensions; the data tree moves to the new result.</summary>
    public OperationResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions)
    {
        var moved = new OperationResult(Data as ObjectResult, HasData, Errors, extensions, IsRequestError, _pool);
        _pool = null;
        return moved;
    }

    /// <summary>The response as JSON text (for tests and logs; servers write with <see cref="JsonResultFormatter"/>).</summary>
    public string ToJson(bool indented = false) => JsonResultFormatter.Format(this, indented);

    public void Dispose()
    {
        var pool = Interlocked.Exchange(ref _pool, null);
        pool?.ReturnAll();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }
}
