using Booking.Data;
using Booking.Domain.Errors;
using Booking.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Booking.Domain.Persistence;

/// <summary>
/// Runs a booking operation in its own write transaction, retries it on races that a fresh attempt resolves,
/// turns database refusals into typed booking errors, and publishes the operation's events after commit.
/// </summary>
public sealed class BookingOperationRunner(
    IDbContextFactory<BookingDbContext> contextFactory,
    TimeProvider timeProvider,
    IDomainEventPublisher publisher,
    ILogger<BookingOperationRunner> logger)
{
    private const int MaxAttempts = 10;

    public TimeProvider TimeProvider => timeProvider;

    internal async Task<T> RunAsync<T>(Func<BookingOperation, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(work, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaxAttempts && IsRetryable(exception))
            {
                BookingMetrics.Retries.Add(1, new KeyValuePair<string, object?>("reason", DatabaseErrors.Classify(exception).ToString()));
                // Back off a little, at random, so that the transactions that collided do not collide again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 * attempt)), cancellationToken);
            }
            catch (DbUpdateConcurrencyException exception)
            {
                throw new ConcurrencyConflictException("The record was changed by someone else at the same time; reload and try again.", exception);
            }
            catch (Exception exception) when (exception is not BookingException && Translate(exception) is not null)
            {
                throw Translate(exception)!;
            }
        }
    }

    private async Task<T> RunOnceAsync<T>(Func<BookingOperation, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // A failed save abandons the whole attempt, so savepoints around each SaveChanges would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        var operation = new BookingOperation(db, timeProvider.GetUtcNow(), cancellationToken);
        T result;
        await using (var transaction = await WriteTransaction.BeginAsync(db, cancellationToken))
        {
            result = await work(operation);
            await transaction.CommitAsync(cancellationToken);
        }

        await PublishAsync(operation.Events, cancellationToken);
        operation.ThrowDeferredFailure();
        return result;
    }

    private async Task PublishAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            await publisher.PublishAsync(events, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is committed; failing the caller now would make them retry something that succeeded.
            logger.LogError(exception, "Publishing {Count} booking events failed", events.Count);
        }
    }

    private static bool IsRetryable(Exception exception) =>
        exception is not BookingException
        && DatabaseErrors.Classify(exception) is DatabaseErrorKind.Transient or DatabaseErrorKind.IdempotencyKeyTaken;

    private static BookingException? Translate(Exception exception) => DatabaseErrors.Classify(exception) switch
    {
        DatabaseErrorKind.SlotTaken => new SlotUnavailableException("The requested time was taken by another reservation.", exception),
        DatabaseErrorKind.EmailTaken => new EmailTakenException("Another account already uses this e-mail address.", exception),
        DatabaseErrorKind.Transient or DatabaseErrorKind.IdempotencyKeyTaken =>
            new ConcurrencyConflictException("The operation kept colliding with concurrent changes; try again.", exception),
        _ => null,
    };
}
