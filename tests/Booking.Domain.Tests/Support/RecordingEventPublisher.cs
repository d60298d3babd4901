using System.Collections.Concurrent;
using Booking.Domain.Events;

namespace Booking.Domain.Tests.Support;

/// <summary>Keeps every published event so tests can assert what subscribers would have seen.</summary>
internal sealed class RecordingEventPublisher : IDomainEventPublisher
{
    private readonly ConcurrentQueue<DomainEvent> _events = new();

    public IReadOnlyList<DomainEvent> Events => [.. _events];

    public ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            _events.Enqueue(domainEvent);
        }

        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<T> OfType<T>() where T : DomainEvent => [.. _events.OfType<T>()];

    public void Clear() => _events.Clear();
}
