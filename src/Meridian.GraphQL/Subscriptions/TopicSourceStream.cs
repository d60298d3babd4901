using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Meridian.Subscriptions;

/// <summary>One subscriber of a local topic: its bounded buffer and the stream its reader enumerates.</summary>
internal sealed class TopicSourceStream<TMessage> : ISourceStream<TMessage>
{
    private readonly LocalTopic<TMessage> _topic;
    private readonly Channel<TMessage> _buffer;
    private readonly SubscriptionBufferOptions _options;
    private SubscriptionBufferOverflowException? _overflow;
    private int _reading;
    private int _disposed;

    public TopicSourceStream(LocalTopic<TMessage> topic, SubscriptionBufferOptions options)
    {
        _topic = topic;
        _options = options;
        _buffer = Channel.CreateBounded<TMessage>(new BoundedChannelOptions(options.Capacity)
        {
            FullMode = options.FullMode switch
            {
                SubscriptionBufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
                SubscriptionBufferFullMode.DropNewest => BoundedChannelFullMode.DropNewest,
                SubscriptionBufferFullMode.DropWrite => BoundedChannelFullMode.DropWrite,
                // Wait never waits here: the topic only calls TryWrite, which fails when full, and then closes us.
                _ => BoundedChannelFullMode.Wait,
            },
            SingleReader = true,
            SingleWriter = false,
            // The publisher must not run the reader's continuation inline.
            AllowSynchronousContinuations = false,
        });
    }

    /// <summary>This subscriber's index in its topic's list, kept by the topic under its lock; -1 once removed.</summary>
    internal int Slot { get; set; } = -1;

    /// <summary>How many events wait in the buffer.</summary>
    internal int BufferedCount => _buffer.Reader.Count;

    public IAsyncEnumerable<TMessage> ReadEventsAsync() => ReadAsync();

    IAsyncEnumerable<object?> ISourceStream.ReadEventsAsync() => ReadBoxedAsync();

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _buffer.Writer.TryComplete();
            _topic.Remove(this);
        }

        return ValueTask.CompletedTask;
    }

    /// <returns>False when the subscriber overflowed under <see cref="SubscriptionBufferFullMode.Close"/> and must be removed.</returns>
    internal bool TryWrite(TMessage message)
    {
        if (_buffer.Writer.TryWrite(message) || _options.FullMode != SubscriptionBufferFullMode.Close)
        {
            return true;
        }

        if (Volatile.Read(ref _disposed) == 0)
        {
            _overflow = new SubscriptionBufferOverflowException(_topic.Name, _options.Capacity);
        }

        _buffer.Writer.TryComplete();
        return false;
    }

    internal void Complete() => _buffer.Writer.TryComplete();

    private async IAsyncEnumerable<TMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) == 1)
        {
            throw new InvalidOperationException($"The stream of topic '{_topic.Name}' is already being read.");
        }

        try
        {
            var reader = _buffer.Reader;
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var message))
                {
                    yield return message;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _reading, 0);
        }

        // Buffered events were read first; only then does the reader learn that it was cut off.
        if (_overflow is { } overflow)
        {
            throw overflow;
        }
    }

    private async IAsyncEnumerable<object?> ReadBoxedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in ReadAsync(cancellationToken))
        {
            yield return message;
        }
    }
}
