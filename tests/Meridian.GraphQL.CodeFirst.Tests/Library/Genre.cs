namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>What a book is about.</summary>
public enum Genre
{
    /// <summary>Stories set in imagined futures.</summary>
    ScienceFiction,
    Fantasy,
    NonFiction,
    [GraphQLName("CLASSIC")]
    HistoricalNovel,
    [Obsolete("Use NonFiction.")]
    Biography,
    [GraphQLIgnore]
    Unknown,
}
