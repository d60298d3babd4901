using System.Runtime.CompilerServices;
using Meridian.Subscriptions;

namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[MutationType]
public sealed class LoanMutations
{
    /// <summary>Lends a book to a member for three weeks.</summary>
    /// <param name="bookId">The book to lend.</param>
    /// <param name="member">Who borrows it.</param>
    /// <param name="data">The library (a service).</param>
    /// <param name="events">Where loans are announced (a service).</param>
    /// <param name="cancellationToken">Cancels the loan.</param>
    [Error<BookNotAvailableException>]
    [Error(typeof(MemberBlockedException))]
    public async Task<Loan> LendBookAsync([ID<Book>] int bookId, string member, LibraryData data, ITopicEventSender events, CancellationToken cancellationToken)
    {
        if (data.BlockedMembers.Contains(member))
        {
            throw new MemberBlockedException(member);
        }

        var book = data.Books.Find(b => b.Id == bookId) ?? throw new InvalidOperationException($"There is no book {bookId}.");
        if (data.Loans.Exists(l => l.BookId == bookId && l.Status != LoanStatus.Returned))
        {
            throw new BookNotAvailableException(bookId);
        }

        var loan = new Loan
        {
            Id = Guid.CreateVersion7(),
            BookId = book.Id,
            Member = member,
            LoanedAt = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
            DueOn = new DateOnly(2026, 12, 12),
        };
        data.Loans.Add(loan);
        await events.SendAsync($"BookLent_{bookId}", loan, cancellationToken);
        return loan;
    }

    /// <summary>Adds a book to the catalogue.</summary>
    [Authorize(Roles = ["Librarian"])]
    public async Task<Book> AddBookAsync(AddBookInput input, LibraryData data, ITopicEventSender events)
    {
        var book = new Book { Id = data.Books.Max(b => b.Id) + 1, Title = input.Title, AuthorId = input.AuthorId, Genre = input.Genre, PublishedOn = input.PublishedOn };
        data.Books.Add(book);
        await events.SendAsync(nameof(LoanSubscriptions.OnBookAdded), book);
        return book;
    }

    [Microsoft.AspNetCore.Authorization.Authorize(Policy = "CanReturn")]
    public Loan ReturnBook(Guid loanId, LibraryData data)
    {
        var loan = data.Loans.Single(l => l.Id == loanId);
        loan.Status = LoanStatus.Returned;
        return loan;
    }

    /// <summary>Answers true; left out of the conventions.</summary>
    [UseMutationConvention(Disable = true)]
    public bool Ping() => true;
}

/// <summary>A new book.</summary>
/// <param name="Title">Its title.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Genre">What it is about.</param>
/// <param name="PublishedOn">When it came out.</param>
public sealed record AddBookInput(string Title, [property: ID<Author>] int AuthorId, Genre Genre, DateOnly PublishedOn);

[SubscriptionType]
public sealed class LoanSubscriptions
{
    /// <summary>The loans of one book, as they are made.</summary>
    [Subscribe]
    [Topic("BookLent_{bookId}")]
    public Loan OnBookLent([ID<Book>] int bookId, [EventMessage] Loan loan) => loan;

    /// <summary>Books added to the catalogue.</summary>
    [Subscribe]
    public Book OnBookAdded([EventMessage] Book book) => book;

    /// <summary>Counts down to zero.</summary>
    public async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
