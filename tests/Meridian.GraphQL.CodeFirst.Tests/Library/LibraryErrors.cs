namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>The book is lent out already.</summary>
public sealed class BookNotAvailableException(int bookId) : Exception($"The book {bookId} is lent out.")
{
    /// <summary>The book asked for.</summary>
    [ID<Book>]
    public int BookId { get; } = bookId;
}

/// <summary>The member may not borrow books.</summary>
public sealed class MemberBlockedException(string member) : Exception($"{member} may not borrow books.")
{
    public string Member { get; } = member;
}
