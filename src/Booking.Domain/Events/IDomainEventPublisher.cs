namespace Booking.Domain.Events;

/// <summary>
/// Receives the events of each committed booking operation, in the order they happened. The server forwards them
/// to GraphQL subscriptions. Called after commit: an exception here is logged and does not undo the change.
/// </summary>
public interface IDomainEventPublisher
{
    ValueTask PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}
