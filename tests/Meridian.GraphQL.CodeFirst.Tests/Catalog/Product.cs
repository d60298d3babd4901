namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>An article of the shop's catalog.</summary>
public class Product
{
    public int Id { get; set; }

    /// <summary>The name shown in the shop.</summary>
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public decimal Price { get; set; }

    public int Stock { get; set; }

    public bool Available { get; set; }

    public Category Category { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateOnly? ReleasedOn { get; set; }

    public Guid Sku { get; set; }

    [GraphQLIgnore]
    public int BrandId { get; set; }

    public Brand? Brand { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<Review> Reviews { get; set; } = [];
}
