namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[QueryType]
public sealed class AuthorQueries
{
    public IReadOnlyList<Author> GetAuthors(LibraryData data) => data.Authors;

    public Author? GetAuthorById([ID<Author>] int id, LibraryData data) => data.Authors.Find(a => a.Id == id);
}
