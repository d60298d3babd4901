namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>Anything on the shelves.</summary>
public interface ILibraryItem
{
    /// <summary>The title on the cover.</summary>
    string Title { get; }

    /// <summary>Where to find the item.</summary>
    string Shelf { get; }
}
