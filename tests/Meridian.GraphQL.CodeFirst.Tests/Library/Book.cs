namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>A book of the library's catalogue.</summary>
[Node]
public sealed class Book : ILibraryItem, ISearchResult
{
    /// <summary>The catalogue key.</summary>
    public int Id { get; init; }

    public required string Title { get; init; }

    public string Shelf => $"{Genre}-{Id:D3}";

    /// <summary>The ISBN-13, when the book has one.</summary>
    public string? Isbn { get; init; }

    public int AuthorId { get; init; }

    public Genre Genre { get; init; }

    public DateOnly PublishedOn { get; init; }

    public decimal Price { get; init; }

    public double? Rating { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Kept for old clients.</summary>
    [GraphQLDeprecated("Use title.")]
    public string Name => Title;

    [GraphQLIgnore]
    public string InternalNotes { get; init; } = string.Empty;

    /// <summary>The title in capitals.</summary>
    public string GetShoutedTitle() => Title.ToUpperInvariant();

    public string[] GetTitleWords(int max = 3) => Title.Split(' ').Take(max).ToArray();

    /// <summary>The node resolver: loads a book by its key.</summary>
    public static Book? Get(int id, LibraryData data) => data.Books.Find(b => b.Id == id);
}
