using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Claims;
using Meridian.DataLoader;
using Meridian.Errors;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The state of one execution of a planned operation: variables, services, the result being built, errors, and the
/// work loop. Result building and value completion happen on the loop only; resolvers may run concurrently and
/// hand their results back through a queue, so the result tree needs no locks.
/// </summary>
internal sealed partial class OperationContext
{
    private readonly Queue<WorkItem> _work = WorkQueuePool.Rent();
    // Created with the first error: most executions have none.
    private List<IError>? _errors;
    // The context pure resolvers run on, rented on first use: a result of leaves read by the default resolver needs none.
    private ResolverContext? _inlineContext;
    private ArgumentValue[]?[] _requestArguments = [];
    private DataLoaderScope? _dataLoaders;
    private int _pending;

    // The selections included for this request's variables, per plan that has conditions.
    private Dictionary<SelectionSetPlan, Selection[]>? _includedSelections;

    // Created on first use: most executions run no asynchronous resolver and no DataLoader, and need none of them.
    private ConcurrentQueue<ResolverContext>? _completed;
    private SemaphoreSlim? _signal;
    private ExecutionBatchScheduler? _batchScheduler;

    public OperationContext(
        ExecutorServices executor,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        bool includeExceptionDetails,
        RequestContext request,
        AbortSignal aborted)
    {
        Executor = executor;
        Plan = plan;
        Variables = variables;
        Services = services;
        IncludeExceptionDetails = includeExceptionDetails;
        Request = request;
        Aborted = aborted;
    }

    public ExecutorServices Executor { get; }

    public Schema Schema => Executor.Schema;

    public OperationPlan Plan { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>The request's user, read on first use (most operations never ask).</summary>
    public ClaimsPrincipal? User => Request.Request.User;

    public IDictionary<string, object?> ContextData => Request.ContextData;

    public bool IncludeExceptionDetails { get; }

    public RequestContext Request { get; }

    /// <summary>What cancels this execution; its token is created only when asked for.</summary>
    public AbortSignal Aborted { get; }

    public CancellationToken RequestAborted => Aborted.Token;

    public ExecutionBatchScheduler BatchScheduler => _batchScheduler ?? LazyInitializer.EnsureInitialized(ref _batchScheduler, () => new ExecutionBatchScheduler(WakeUp));

    public ResultPool Results { get; } = ResultPool.Rent();

    public DataLoaderScope DataLoaders =>
        _dataLoaders ??= Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderScope(Services, BatchScheduler, Executor.DataLoaderRegistrations), null) ?? _dataLoaders!;

    /// <summary>The errors so far, in the order they happened.</summary>
    public IReadOnlyList<IError> GetErrors()
    {
        var errors = Volatile.Read(ref _errors);
        if (errors is null)
        {
            return [];
        }

        lock (errors)
        {
            return errors.Count == 0 ? [] : errors.ToArray();
        }
    }

    /// <summary>The arguments of a selection for this request: coerced when planned, or once per request.</summary>
    public ArgumentValue[] GetArguments(Selection selection)
    {
        if (selection.StaticArguments is { } planned)
        {
            return planned;
        }

        var id = selection.Id;
        if (id >= _requestArguments.Length)
        {
            Array.Resize(ref _requestArguments, Math.Max(id + 1, Plan.Planner.SelectionCount));
        }

        return _requestArguments[id] ??= ArgumentCoercer.Coerce(selection.Field, selection.SyntaxNode, Variables);
    }

    /// <summary>Released when an asynchronous resolver completes or a DataLoader batch is scheduled.</summary>
    private SemaphoreSlim Signal => _signal ?? LazyInitializer.EnsureInitialized(ref _signal, () => new SemaphoreSlim(0));

    /// <summary>Where asynchronous resolvers hand their contexts back to the loop.</summary>
    private ConcurrentQueue<ResolverContext> Completed => _completed ?? LazyInitializer.EnsureInitialized(ref _completed);

    private ResolverContext InlineContext => _inlineContext ??= ResolverContext.Rent();

    private void WakeUp() => Signal.Release();

    /// <summary>
    /// Gives the work queue and the inline resolver context back once the execution finished normally (an aborted
    /// one may still be touched).
    /// </summary>
    private void ReleaseWorkQueue()
    {
        WorkQueuePool.Return(_work);
        if (_inlineContext is { } inline)
        {
            ResolverContext.Return(inline);
        }
    }

    private static readonly IImmutableDictionary<string, object?> EmptyScope = ImmutableDictionary<string, object?>.Empty;
}
