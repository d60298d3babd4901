using Booking.Data.Entities;

namespace Booking.Domain.Persistence;

/// <summary>
/// What a booking needs of a user whose row it has locked, and the version of the provider it asked about in the same
/// read (null when that provider does not exist or is inactive).
/// </summary>
internal sealed record LockedClient(Guid Id, UserRole Role, bool IsActive, bool IsBlocked, int NoShowCount, int? ProviderVersion);
