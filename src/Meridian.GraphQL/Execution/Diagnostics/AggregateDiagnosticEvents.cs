using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>Forwards each event to every registered listener (nothing to do when there are none).</summary>
internal sealed class AggregateDiagnosticEvents : ExecutionDiagnosticEventListener
{
    private readonly ExecutionDiagnosticEventListener[] _listeners;

    public AggregateDiagnosticEvents(IEnumerable<ExecutionDiagnosticEventListener> listeners)
    {
        _listeners = [.. listeners];
    }

    public bool IsEnabled => _listeners.Length > 0;

    public override void RequestStarted(RequestContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.RequestStarted(context);
        }
    }

    public override void RequestCompleted(RequestContext context, RequestSummary summary)
    {
        foreach (var listener in _listeners)
        {
            listener.RequestCompleted(context, summary);
        }
    }

    public override void RequestFailed(RequestContext context, Exception exception)
    {
        foreach (var listener in _listeners)
        {
            listener.RequestFailed(context, exception);
        }
    }

    public override void DocumentCacheHit(RequestContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.DocumentCacheHit(context);
        }
    }

    public override void DocumentParsed(RequestContext context, TimeSpan duration)
    {
        foreach (var listener in _listeners)
        {
            listener.DocumentParsed(context, duration);
        }
    }

    public override void SyntaxError(RequestContext context, IError error)
    {
        foreach (var listener in _listeners)
        {
            listener.SyntaxError(context, error);
        }
    }

    public override void ValidationCacheHit(RequestContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.ValidationCacheHit(context);
        }
    }

    public override void DocumentValidated(RequestContext context, TimeSpan duration, IReadOnlyList<IError> errors)
    {
        foreach (var listener in _listeners)
        {
            listener.DocumentValidated(context, duration, errors);
        }
    }

    public override void PlanCacheHit(RequestContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.PlanCacheHit(context);
        }
    }

    public override void OperationPlanned(RequestContext context, TimeSpan duration)
    {
        foreach (var listener in _listeners)
        {
            listener.OperationPlanned(context, duration);
        }
    }

    public override void VariableErrors(RequestContext context, IReadOnlyList<IError> errors)
    {
        foreach (var listener in _listeners)
        {
            listener.VariableErrors(context, errors);
        }
    }

    public override void ResolverError(RequestContext? context, ISelection selection, IError error)
    {
        foreach (var listener in _listeners)
        {
            listener.ResolverError(context, selection, error);
        }
    }

    public override void BatchesDispatched(RequestContext? context)
    {
        foreach (var listener in _listeners)
        {
            listener.BatchesDispatched(context);
        }
    }

    public override void RequestTimedOut(RequestContext context)
    {
        foreach (var listener in _listeners)
        {
            listener.RequestTimedOut(context);
        }
    }

    public override void SubscriptionEventError(RequestContext? context, Exception exception)
    {
        foreach (var listener in _listeners)
        {
            listener.SubscriptionEventError(context, exception);
        }
    }
}
