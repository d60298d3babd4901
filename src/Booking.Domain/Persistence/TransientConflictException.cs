namespace Booking.Domain.Persistence;

/// <summary>
/// A race that the operation should simply run again to resolve (for example two transactions expiring the same
/// lapsed hold). The runner retries; callers never see it.
/// </summary>
internal sealed class TransientConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
