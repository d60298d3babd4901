namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>A book lent to a member.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class Loan
{
    public Guid Id { get; init; }

    [ID<Book>]
    public int BookId { get; init; }

    public required string Member { get; init; }

    public DateTimeOffset LoanedAt { get; init; }

    /// <summary>When the book is due back (visible to anyone).</summary>
    [AllowAnonymous]
    public DateOnly DueOn { get; init; }

    public LoanStatus Status { get; set; }
}

public enum LoanStatus
{
    Active,
    Overdue,
    Returned,
}
