namespace Meridian.Benchmarks.CodeFirst;

public sealed class BenchBook
{
    public int Id { get; init; }

    public required string Title { get; init; }

    public int AuthorId { get; init; }
}

public sealed class BenchAuthor
{
    public int Id { get; init; }

    public required string Name { get; init; }
}

public sealed class BenchCatalog
{
    public BenchCatalog()
    {
        Authors = Enumerable.Range(1, 10).Select(i => new BenchAuthor { Id = i, Name = "Author " + i }).ToDictionary(a => a.Id);
        Books = Enumerable.Range(1, 100).Select(i => new BenchBook { Id = i, Title = "Book " + i, AuthorId = (i % 10) + 1 }).ToArray();
    }

    public IReadOnlyDictionary<int, BenchAuthor> Authors { get; }

    public IReadOnlyList<BenchBook> Books { get; }
}

/// <summary>The code-first query of the benchmarks: a property-like list, a method with arguments and an async method with a service.</summary>
public sealed class BenchQuery
{
    public IReadOnlyList<BenchBook> GetBooks(BenchCatalog catalog) => catalog.Books;

    public int Add(int a, int b) => a + b;

    public Task<BenchAuthor?> GetAuthorAsync(int id, BenchCatalog catalog) =>
        Task.FromResult(catalog.Authors.TryGetValue(id, out var author) ? author : null);
}

[Meridian.CodeFirst.ExtendObjectType(typeof(BenchBook))]
public sealed class BenchBookExtensions
{
    public BenchAuthor GetAuthor([Meridian.CodeFirst.Parent] BenchBook book, BenchCatalog catalog) => catalog.Authors[book.AuthorId];
}
