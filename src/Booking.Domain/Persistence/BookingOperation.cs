using Booking.Data;
using Booking.Domain.Errors;
using Booking.Domain.Events;

namespace Booking.Domain.Persistence;

/// <summary>
/// One attempt of a booking operation: its DbContext and open transaction, the clock reading every rule of the
/// attempt uses, and the events to publish once the transaction has committed.
/// </summary>
internal sealed class BookingOperation(BookingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
{
    private readonly List<DomainEvent> _events = [];
    private BookingException? _failureAfterCommit;

    public BookingDbContext Db { get; } = db;

    /// <summary>The instant this attempt runs at; read once so that all rules agree.</summary>
    public DateTimeOffset Now { get; } = now;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<DomainEvent> Events => _events;

    public void Emit(DomainEvent domainEvent) => _events.Add(domainEvent);

    /// <summary>
    /// Commits what the operation changed and then fails with <paramref name="exception"/>: a confirm that finds its
    /// hold lapsed records the expiry and still tells the caller it was too late.
    /// </summary>
    public void FailAfterCommit(BookingException exception) => _failureAfterCommit = exception;

    public void ThrowDeferredFailure()
    {
        if (_failureAfterCommit is { } exception)
        {
            throw exception;
        }
    }
}
