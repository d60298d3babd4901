using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// Observes the request pipeline without knowing its internals: override the events you need (all do nothing by
/// default). Register listeners with <c>AddDiagnosticEventListener</c>; they are called on the request's threads,
/// so they must be thread-safe and quick. A null <see cref="RequestContext"/> means the event happened outside a
/// request pipeline (a subscription event, for example).
/// </summary>
public abstract class ExecutionDiagnosticEventListener
{
    /// <summary>A request entered the pipeline.</summary>
    public virtual void RequestStarted(RequestContext context)
    {
    }

    /// <summary>A request left the pipeline, with its operation name, duration and error count.</summary>
    public virtual void RequestCompleted(RequestContext context, RequestSummary summary)
    {
    }

    /// <summary>The pipeline caught an exception it did not expect (it becomes an UNEXPECTED_ERROR result).</summary>
    public virtual void RequestFailed(RequestContext context, Exception exception)
    {
    }

    /// <summary>The document was found in the document cache (it is not parsed again).</summary>
    public virtual void DocumentCacheHit(RequestContext context)
    {
    }

    /// <summary>A document was parsed.</summary>
    public virtual void DocumentParsed(RequestContext context, TimeSpan duration)
    {
    }

    /// <summary>The document could not be parsed.</summary>
    public virtual void SyntaxError(RequestContext context, IError error)
    {
    }

    /// <summary>The validation result was found in the validation cache.</summary>
    public virtual void ValidationCacheHit(RequestContext context)
    {
    }

    /// <summary>A document was validated (errors may be empty).</summary>
    public virtual void DocumentValidated(RequestContext context, TimeSpan duration, IReadOnlyList<IError> errors)
    {
    }

    /// <summary>The operation's plan was found in the plan cache.</summary>
    public virtual void PlanCacheHit(RequestContext context)
    {
    }

    /// <summary>An operation was planned.</summary>
    public virtual void OperationPlanned(RequestContext context, TimeSpan duration)
    {
    }

    /// <summary>The request's variables could not be coerced.</summary>
    public virtual void VariableErrors(RequestContext context, IReadOnlyList<IError> errors)
    {
    }

    /// <summary>A field failed (resolver exception, null in a non-null field, a value that does not serialize, …).</summary>
    public virtual void ResolverError(RequestContext? context, ISelection selection, IError error)
    {
    }

    /// <summary>DataLoader batches were dispatched because the current wave of resolvers had nothing left to run.</summary>
    public virtual void BatchesDispatched(RequestContext? context)
    {
    }

    /// <summary>The request exceeded its execution timeout.</summary>
    public virtual void RequestTimedOut(RequestContext context)
    {
    }

    /// <summary>An event of a subscription could not be executed, or its source stream failed.</summary>
    public virtual void SubscriptionEventError(RequestContext? context, Exception exception)
    {
    }
}
