namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>The sample library's data, in memory (one instance per test schema).</summary>
public sealed class LibraryData
{
    public List<Author> Authors { get; } =
    [
        new(1, "Ursula K. Le Guin", new DateOnly(1929, 10, 21)) { Website = new Uri("https://www.ursulakleguin.com/") },
        new(2, "Stanisław Lem", new DateOnly(1921, 9, 12)),
        new(3, "Mary Beard", null),
    ];

    public List<Book> Books { get; } =
    [
        new() { Id = 1, Title = "The Dispossessed", AuthorId = 1, Genre = Genre.ScienceFiction, PublishedOn = new DateOnly(1974, 5, 1), Price = 12.5m, Rating = 4.6, Tags = ["anarchy", "physics"], Isbn = "9780061054884" },
        new() { Id = 2, Title = "A Wizard of Earthsea", AuthorId = 1, Genre = Genre.Fantasy, PublishedOn = new DateOnly(1968, 11, 1), Price = 9.99m, Rating = null },
        new() { Id = 3, Title = "Solaris", AuthorId = 2, Genre = Genre.ScienceFiction, PublishedOn = new DateOnly(1961, 6, 1), Price = 11m, Rating = 4.2 },
        new() { Id = 4, Title = "SPQR", AuthorId = 3, Genre = Genre.NonFiction, PublishedOn = new DateOnly(2015, 10, 20), Price = 18m },
    ];

    public List<Loan> Loans { get; } = [];

    /// <summary>Members who may not borrow.</summary>
    public HashSet<string> BlockedMembers { get; } = ["mallory"];

    /// <summary>How many times the author DataLoader fetched a batch.</summary>
    public int AuthorBatches { get; set; }
}
