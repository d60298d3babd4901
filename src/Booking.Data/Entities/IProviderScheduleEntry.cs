namespace Booking.Data.Entities;

/// <summary>A piece of a provider's schedule (weekly rule, exception, manual slot): owned by one provider.</summary>
public interface IProviderScheduleEntry
{
    Guid Id { get; }

    Guid ProviderId { get; }
}
