namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>
/// A deterministic catalog: brands, products and reviews computed from their index, so that tests compute the
/// expected answers from the same data the database or memory holds. Names are lowercase letters and digits, which
/// sort the same in .NET (ordinal) and in PostgreSQL whatever its collation.
/// </summary>
public sealed class CatalogSeed
{
    private static readonly string[] Words = ["amber", "birch", "cobalt", "dune", "ember", "fjord", "garnet", "harbor"];
    private static readonly string[] Nouns = ["lamp", "chair", "novel", "album", "board", "kettle", "atlas", "drum"];
    private static readonly string[] Countries = ["ch", "de", "jp"];
    private static readonly string[] TagWords = ["new", "sale", "eco", "gift", "rare"];

    public CatalogSeed(int brandCount, int productCount, int reviewedProducts)
    {
        Brands = [.. Enumerable.Range(1, brandCount).Select(i => new Brand
        {
            Id = i,
            Name = $"brand{i:D3}",
            Country = i % 4 == 0 ? null : Countries[i % 3],
        })];

        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Products = [.. Enumerable.Range(1, productCount).Select(i => new Product
        {
            Id = i,
            Name = $"{Words[i % Words.Length]}{Nouns[i / Words.Length % Nouns.Length]}{i % 97:D2}",
            Description = i % 5 == 0 ? null : $"description of item {i}",
            Price = 1 + (i * 37 % 200) + (i % 4 * 0.25m),
            Stock = i * 13 % 50,
            Available = i % 3 != 0,
            Category = (Category)(i % 4),
            CreatedAt = start.AddMinutes(i * 7),
            ReleasedOn = i % 6 == 0 ? null : DateOnly.FromDateTime(start.AddDays(i % 400).UtcDateTime),
            Sku = new Guid(i, (short)(i % 1000), 7, [1, 2, 3, 4, 5, 6, 7, (byte)(i % 256)]),
            BrandId = (i % brandCount) + 1,
            Tags = [.. TagWords.Where((_, t) => (i + t) % 7 == 0)],
        })];

        var reviewId = 0;
        Reviews = [.. Products.Take(reviewedProducts).SelectMany(p => Enumerable.Range(0, p.Id % 4).Select(r => new Review
        {
            Id = ++reviewId,
            ProductId = p.Id,
            Rating = 1 + ((p.Id + r) % 5),
            Text = $"review {r} of {p.Id}",
        }))];
    }

    public List<Brand> Brands { get; }

    public List<Product> Products { get; }

    public List<Review> Reviews { get; }

    /// <summary>The same data as a linked object graph (brands and reviews set on products), for in-memory queries.</summary>
    public CatalogSeed Link()
    {
        var brands = Brands.ToDictionary(b => b.Id);
        var reviews = Reviews.ToLookup(r => r.ProductId);
        foreach (var product in Products)
        {
            product.Brand = brands[product.BrandId];
            product.Brand.Products.Add(product);
            product.Reviews = [.. reviews[product.Id]];
        }

        return this;
    }
}
