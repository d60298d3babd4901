namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[QueryType]
public static class BookQueries
{
    /// <summary>The whole catalogue.</summary>
    public static IReadOnlyList<Book> GetBooks(LibraryData data) => data.Books;

    /// <summary>One book by its catalogue key.</summary>
    /// <param name="id">The catalogue key.</param>
    /// <param name="data">Not an argument: a service.</param>
    /// <param name="cancellationToken">Not an argument either.</param>
    public static async Task<Book?> GetBookAsync(int id, LibraryData data, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return data.Books.Find(b => b.Id == id);
    }

    public static IEnumerable<Book> GetBooksByGenre(Genre genre, LibraryData data, int limit = 10) =>
        data.Books.Where(b => b.Genre == genre).Take(limit);

    public static IEnumerable<ISearchResult> Search(string term, LibraryData data) =>
        data.Books.Where(b => b.Title.Contains(term, StringComparison.OrdinalIgnoreCase)).Cast<ISearchResult>()
            .Concat(data.Authors.Where(a => a.Name.Contains(term, StringComparison.OrdinalIgnoreCase)));

    public static IReadOnlyList<ILibraryItem> GetShelf(LibraryData data) =>
        [.. data.Books.Take(1), new Magazine { Title = "Locus", Issue = 712 }];

    public static Book? FindBook(BookFilter filter, LibraryData data) =>
        data.Books.Find(b => (filter.Title is null || b.Title == filter.Title) && (filter.Genres is null || filter.Genres.Contains(b.Genre)));
}

/// <summary>What to look for.</summary>
/// <param name="Title">The exact title.</param>
/// <param name="Genres">Any of these genres.</param>
public sealed record BookFilter(string? Title, IReadOnlyList<Genre>? Genres);
