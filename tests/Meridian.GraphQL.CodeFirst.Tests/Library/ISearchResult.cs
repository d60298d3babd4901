namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>What a search finds.</summary>
[UnionType("SearchResult")]
public interface ISearchResult;
