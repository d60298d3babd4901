namespace Meridian.GraphQL.CodeFirst.Tests.Library;

[GraphQLDescription("A periodical; only readable in the reading room.")]
public sealed class Magazine : ILibraryItem
{
    public required string Title { get; init; }

    public string Shelf => "Reading room";

    public int Issue { get; init; }
}
