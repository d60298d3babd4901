namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>A person who wrote books.</summary>
/// <param name="Id">The author's key.</param>
/// <param name="Name">The name as printed on covers.</param>
/// <param name="Born">The date of birth, when known.</param>
[Node]
public sealed record Author(int Id, string Name, DateOnly? Born) : ISearchResult
{
    /// <summary>The author's home page.</summary>
    public Uri? Website { get; init; }
}
