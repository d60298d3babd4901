namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

public class Review
{
    public int Id { get; set; }

    [GraphQLIgnore]
    public int ProductId { get; set; }

    public int Rating { get; set; }

    public string Text { get; set; } = string.Empty;

    [GraphQLIgnore]
    public Product? Product { get; set; }
}
