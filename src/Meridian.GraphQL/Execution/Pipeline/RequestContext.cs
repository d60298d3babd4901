using System.Collections.Concurrent;
using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The state of one request as it moves through the pipeline: each step reads what earlier steps found (document,
/// validation, operation, variables) and the last one sets <see cref="Result"/>. Middleware that ends the request
/// early sets <see cref="Result"/> and does not call the next step.
/// </summary>
public sealed class RequestContext
{
    // Created on first use (resolvers and middleware that keep state): most requests never touch it.
    private IDictionary<string, object?>? _contextData;
    private string? _documentHash;
    private DocumentCacheKey? _cacheKey;
    private CancellationToken _requestAborted;

    internal RequestContext(ExecutorServices executor, OperationRequest request, IServiceProvider services, CancellationToken requestAborted)
    {
        Executor = executor;
        Request = request;
        Services = services;
        _requestAborted = requestAborted;
        _documentHash = request.DocumentHash;
        Document = request.DocumentNode;
    }

    public Schema Schema => Executor.Schema;

    public OperationRequest Request { get; }

    /// <summary>The request's services, or the executor's when the request brought none.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The executor's options (use the <c>Effective…</c> members for values a request may override).</summary>
    public RequestExecutorOptions Options => Executor.Options;

    /// <summary>
    /// Cancelled when the caller gives up or the execution timeout passes. While a timeout applies, reading it creates
    /// the timeout's token source (linked to the token set before the timeout began): read it only when needed.
    /// </summary>
    public CancellationToken RequestAborted
    {
        get => Deadline?.Token ?? _requestAborted;
        set => _requestAborted = value;
    }

    /// <summary>The execution timeout in force (set by <see cref="TimeoutMiddleware"/>), armed lazily.</summary>
    internal ExecutionDeadline? Deadline { get; set; }

    /// <summary>The caller's token and the timeout, without materializing the timeout's token.</summary>
    internal AbortSignal Aborted => new(_requestAborted, Deadline);

    /// <summary>The document text (from the request, or read from the persisted operation store).</summary>
    public string? DocumentText { get; set; }

    /// <summary>
    /// The SHA-256 hex hash of the document text (computed when first read, if no step set it), or the persisted
    /// document id of a request that named its document by id.
    /// </summary>
    public string? DocumentHash
    {
        get => _documentHash ??= DocumentText is { } text ? PersistedOperations.DocumentHash.ComputeSha256Hex(text) : null;
        set => _documentHash = value;
    }

    public DocumentNode? Document { get; set; }

    /// <summary>True when the document came from the document cache.</summary>
    public bool IsCachedDocument { get; set; }

    /// <summary>True when the document text was read from the persisted operation store.</summary>
    public bool IsPersistedDocument { get; set; }

    /// <summary>The validation errors; null until validated.</summary>
    public IReadOnlyList<IError>? ValidationErrors { get; set; }

    public OperationDefinitionNode? Operation { get; set; }

    public OperationPlan? Plan { get; set; }

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    /// <summary>Request-wide state shared by all resolvers (starts as the request's global state).</summary>
    public IDictionary<string, object?> ContextData =>
        _contextData ?? LazyInitializer.EnsureInitialized(ref _contextData, () => Request.ContextData is null
            ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
            : new ConcurrentDictionary<string, object?>(Request.ContextData, StringComparer.Ordinal));

    public IExecutionResult? Result { get; set; }

    /// <summary>The exception that ended the request, if any.</summary>
    public Exception? Exception { get; set; }

    internal ExecutorServices Executor { get; }

    /// <summary>
    /// The key of the document, validation and plan caches, fixed when first read (by the document cache step): the
    /// hash or id a step set, or else the document text. Null when neither is known: nothing is cached.
    /// </summary>
    internal DocumentCacheKey? CacheKey => _cacheKey ??= _documentHash is { } hash
        ? DocumentCacheKey.ForHash(hash)
        : DocumentText is { } text ? DocumentCacheKey.ForText(text) : null;

    public TimeSpan EffectiveExecutionTimeout => Request.Overrides?.ExecutionTimeout ?? Options.ExecutionTimeout;

    public bool EffectiveIncludeExceptionDetails => Request.Overrides?.IncludeExceptionDetails ?? Options.IncludeExceptionDetails;

    public ValidationSettings EffectiveValidationSettings => new(
        Request.Overrides?.MaxExecutionDepth ?? Options.MaxExecutionDepth,
        Request.Overrides?.MaxFieldCost ?? Options.MaxFieldCost,
        Request.Overrides?.MaxValidationErrors ?? Options.MaxValidationErrors,
        Request.Overrides?.AllowIntrospection ?? Options.AllowIntrospection);

    /// <summary>Ends the request with a request error (no data).</summary>
    public void SetRequestErrors(IReadOnlyList<IError> errors) => Result = OperationResult.FromRequestErrors(errors);

    public void SetRequestError(IError error) => SetRequestErrors([error]);
}
