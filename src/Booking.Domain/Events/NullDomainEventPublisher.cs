namespace Booking.Domain.Events;

/// <summary>The publisher used until the server registers a real one: events go nowhere.</summary>
public sealed class NullDomainEventPublisher : IDomainEventPublisher
{
    public ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
