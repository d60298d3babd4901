namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[ObjectType<Author>]
public static partial class AuthorNode
{
    /// <summary>The author's books, oldest first.</summary>
    public static IEnumerable<Book> GetBooks([Parent] Author author, LibraryData data) =>
        data.Books.Where(b => b.AuthorId == author.Id).OrderBy(b => b.PublishedOn);

    [NodeResolver]
    public static Author? GetAuthor(int id, LibraryData data) => data.Authors.Find(a => a.Id == id);
}
