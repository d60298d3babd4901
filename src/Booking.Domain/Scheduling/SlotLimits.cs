namespace Booking.Domain.Scheduling;

/// <summary>The bounds the slot generator accepts; anything outside is an <see cref="InvalidSlotQueryException"/>.</summary>
public static class SlotLimits
{
    /// <summary>At most this many local dates in one query (From..To inclusive): about a quarter.</summary>
    public const int MaxQueryDays = 93;

    /// <summary>Booking windows longer than ten years are a data error, not a policy.</summary>
    public const int MaxBookingWindowDays = 3650;

    /// <summary>Slots start on or after 1900-01-01 and before 9999-01-01 (local dates): local mean time offsets before 1900 are not whole minutes.</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(9998, 12, 31);

    /// <summary>The smallest slot step: bounds the output at one slot per minute.</summary>
    public static readonly TimeSpan MinSlotStep = TimeSpan.FromMinutes(1);

    /// <summary>Slot steps, slot lengths and buffers are at most one day.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    public static readonly TimeSpan MaxMinimumNotice = TimeSpan.FromDays(MaxBookingWindowDays);
}
