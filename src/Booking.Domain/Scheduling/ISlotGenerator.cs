namespace Booking.Domain.Scheduling;

/// <summary>Computes free slots from a provider's availability. Pure: the caller passes the clock reading.</summary>
public interface ISlotGenerator
{
    /// <summary>Free slots starting on the query's local dates, sorted by start, without duplicates.</summary>
    /// <exception cref="InvalidSlotQueryException">The settings, availability or query are invalid.</exception>
    IReadOnlyList<Slot> Generate(ProviderAvailability availability, SlotQuery query, DateTimeOffset now);

    /// <summary>
    /// True exactly when <see cref="Generate"/> for the local date of <paramref name="start"/> and the length
    /// <c>end - start</c> returns a slot starting at <paramref name="start"/>.
    /// </summary>
    /// <exception cref="InvalidSlotQueryException">The settings, availability or requested length are invalid.</exception>
    bool IsBookable(ProviderAvailability availability, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now);
}
