using System.Runtime.CompilerServices;
using Meridian.Errors;

namespace Meridian.Execution;

/// <summary>
/// Subscriptions (§6.2.3): the subscribe resolver of the single root field creates the source stream; each event
/// is executed as its own response with the event as the root value (the field's resolver receives it as its
/// parent), under its own execution timeout. Cancelling the enumeration or disposing the response stream ends the
/// source enumeration, which disposes the source.
/// </summary>
internal static class SubscriptionExecutor
{
    public static async ValueTask<IExecutionResult> SubscribeAsync(RequestContext context)
    {
        var operation = OperationRunner.CreateContext(context, context.Aborted);
        var source = await operation.CreateSourceStreamAsync(context.Request.RootValue).ConfigureAwait(false);
        if (source is null)
        {
            return OperationResult.FromExecutionErrors(operation.GetErrors());
        }

        var subscription = new Subscription(source);
        return new ResponseStream(
            cancellationToken => ReadAsync(context, subscription, cancellationToken),
            subscription.StopAsync);
    }

    private static async IAsyncEnumerable<OperationResult> ReadAsync(
        RequestContext context,
        Subscription subscription,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        subscription.MarkStarted();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscription.Stopped);
        var enumerator = subscription.Source.GetAsyncEnumerator(linked.Token);
        try
        {
            while (true)
            {
                OperationResult? failure = null;
                bool hasEvent;
                try
                {
                    hasEvent = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (linked.IsCancellationRequested)
                {
                    yield break;
                }
                catch (Exception exception)
                {
                    context.Executor.Diagnostics.SubscriptionEventError(context, exception);
                    failure = OperationResult.FromExecutionErrors(
                        [OperationContext.CreateUnexpectedError(exception, null, context.EffectiveIncludeExceptionDetails)]);
                    hasEvent = false;
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (!hasEvent)
                {
                    yield break;
                }

                var result = await ExecuteEventAsync(context, enumerator.Current, linked.Token).ConfigureAwait(false);
                if (result is null)
                {
                    yield break;
                }

                yield return result;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Executes one event; null when the stream was cancelled meanwhile.</summary>
    private static async ValueTask<OperationResult?> ExecuteEventAsync(RequestContext context, object? sourceEvent, CancellationToken cancellationToken)
    {
        var timeout = context.EffectiveExecutionTimeout;
        using var deadline = timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan ? new ExecutionDeadline(cancellationToken, timeout) : null;
        try
        {
            return await OperationRunner.RunAsync(context, sourceEvent, new AbortSignal(cancellationToken, deadline)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (OperationCanceledException) when (deadline is { HasExpired: true })
        {
            return OperationResult.FromExecutionErrors([TimeoutMiddleware.CreateTimeoutError(timeout)]);
        }
        catch (Exception exception)
        {
            context.Executor.Diagnostics.SubscriptionEventError(context, exception);
            return OperationResult.FromExecutionErrors(
                [OperationContext.CreateUnexpectedError(exception, null, context.EffectiveIncludeExceptionDetails)]);
        }
    }

    /// <summary>The source of one response stream, and whether its reader has started (then the reader disposes it).</summary>
    private sealed class Subscription(IAsyncEnumerable<object?> source)
    {
        private readonly CancellationTokenSource _stopped = new();
        private int _started;

        public IAsyncEnumerable<object?> Source => source;

        public CancellationToken Stopped => _stopped.Token;

        public void MarkStarted() => Interlocked.Exchange(ref _started, 1);

        public async ValueTask StopAsync()
        {
            await _stopped.CancelAsync().ConfigureAwait(false);

            // A stream disposed before anyone read it still releases its source.
            if (Interlocked.Exchange(ref _started, 1) == 0 && source is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
