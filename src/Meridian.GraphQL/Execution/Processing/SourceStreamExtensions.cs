using System.Runtime.CompilerServices;
using Meridian.Subscriptions;

namespace Meridian.Execution;

/// <summary>Adapts a topic subscription to what a subscribe resolver returns.</summary>
public static class SourceStreamExtensions
{
    /// <summary>
    /// The events of <paramref name="stream"/> as a source event stream; ending the enumeration (completion,
    /// cancellation or disposal) disposes the subscription.
    /// </summary>
    public static IAsyncEnumerable<object?> AsEventStream(this ISourceStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new EventStream(stream);
    }

    private sealed class EventStream(ISourceStream stream) : IAsyncEnumerable<object?>, IAsyncDisposable
    {
        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

        public ValueTask DisposeAsync() => stream.DisposeAsync();

        private async IAsyncEnumerable<object?> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var item in stream.ReadEventsAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
