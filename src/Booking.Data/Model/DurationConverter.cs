using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Booking.Data.Model;

/// <summary>Durations are stored as whole seconds (INTEGER) on both databases.</summary>
internal sealed class DurationConverter() : ValueConverter<TimeSpan, int>(
    value => (int)value.TotalSeconds,
    seconds => TimeSpan.FromSeconds(seconds));
