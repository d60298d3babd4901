using Meridian.CodeFirst.Data;
using Meridian.DataLoader;
using Meridian.GraphQL.CodeFirst.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Meridian.GraphQL.CodeFirst.Tests.EntityFramework;

/// <summary>The catalog served from PostgreSQL through EF Core: queryables from a resolver-scoped DbContext.</summary>
public sealed class EfCatalogQuery
{
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProducts(CatalogDbContext db) => db.Products.AsNoTracking();

    [UsePaging]
    [UseProjection]
    [UseSorting]
    public IQueryable<Brand> GetBrands(CatalogDbContext db) => db.Brands.AsNoTracking();

    [UseOffsetPaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProductSegment(CatalogDbContext db) => db.Products.AsNoTracking();
}

/// <summary>A brand's products, loaded for every brand of a page in one query.</summary>
[ExtendObjectType(typeof(Brand))]
public static class BrandProductsExtension
{
    public static Task<Product[]> GetProducts([Parent] Brand brand, ProductsByBrandDataLoader loader, CancellationToken cancellationToken) =>
        loader.LoadAsync(brand.Id, cancellationToken);
}

/// <summary>A product's reviews, loaded for every product of a level in one query.</summary>
[ExtendObjectType(typeof(Product))]
public static class ProductReviewsExtension
{
    public static Task<Review[]> GetLatestReviews([Parent] Product product, ReviewsByProductDataLoader loader, CancellationToken cancellationToken) =>
        loader.LoadAsync(product.Id, cancellationToken);
}

public sealed class ProductsByBrandDataLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDbContext> contexts) : GroupedDataLoader<int, Product>(scheduler)
{
    protected override async Task<ILookup<int, Product>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.AsNoTracking().Where(p => keys.Contains(p.BrandId)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return products.ToLookup(p => p.BrandId);
    }
}

public sealed class ReviewsByProductDataLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDbContext> contexts) : GroupedDataLoader<int, Review>(scheduler)
{
    protected override async Task<ILookup<int, Review>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => keys.Contains(r.ProductId)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return reviews.ToLookup(r => r.ProductId);
    }
}
