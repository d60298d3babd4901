using Booking.Data.Entities;

namespace Booking.Domain;

/// <summary>Who asks for an operation: the signed-in user and their role. Every rule that depends on "who" reads this.</summary>
public sealed record Actor(Guid UserId, UserRole Role)
{
    public bool IsAdmin => Role == UserRole.Admin;

    public static Actor Client(Guid userId) => new(userId, UserRole.Client);

    public static Actor Provider(Guid userId) => new(userId, UserRole.Provider);

    public static Actor Admin(Guid userId) => new(userId, UserRole.Admin);

    /// <summary>True for an admin, or for the provider whose appointment it is.</summary>
    public bool ManagesProvider(Guid providerId) =>
        IsAdmin || (Role == UserRole.Provider && UserId == providerId);
}
