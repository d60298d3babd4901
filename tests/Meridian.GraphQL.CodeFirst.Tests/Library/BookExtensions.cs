namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[ExtendObjectType(typeof(Book), IgnoreProperties = [nameof(Book.AuthorId)])]
public sealed class BookExtensions
{
    /// <summary>Who wrote the book.</summary>
    public Task<Author> GetAuthorAsync([Parent] Book book, AuthorByIdDataLoader authors, CancellationToken cancellationToken) =>
        authors.LoadAsync(book.AuthorId, cancellationToken);
}
