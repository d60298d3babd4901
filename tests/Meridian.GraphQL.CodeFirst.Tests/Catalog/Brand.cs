namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>The maker of products.</summary>
public class Brand
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Country { get; set; }

    [GraphQLIgnore]
    public List<Product> Products { get; set; } = [];
}
