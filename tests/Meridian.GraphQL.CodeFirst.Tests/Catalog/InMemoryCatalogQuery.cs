using Meridian.CodeFirst.Data;

namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>The catalog served from memory: queryables over lists, sequences and plain lists.</summary>
public sealed class InMemoryCatalogQuery
{
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProducts(CatalogSeed catalog) => catalog.Products.AsQueryable();

    [UsePaging(IncludeTotalCount = true, ConnectionName = "ProductSequence")]
    [UseFiltering]
    [UseSorting]
    public IEnumerable<Product> GetProductSequence(CatalogSeed catalog) => catalog.Products.Where(p => p.Id > 0);

    [UsePaging(MaxPageSize = 20, DefaultPageSize = 4, RequirePagingBoundaries = false)]
    public List<string> GetTagNames(CatalogSeed catalog) => [.. catalog.Products.SelectMany(p => p.Tags).Distinct().Order(StringComparer.Ordinal)];

    [UsePaging(RequirePagingBoundaries = true, AllowBackwardPagination = false)]
    public IQueryable<Brand> GetBrands(CatalogSeed catalog) => catalog.Brands.AsQueryable();

    [UseOffsetPaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProductSegment(CatalogSeed catalog) => catalog.Products.AsQueryable();

    [UseFiltering]
    [UseSorting]
    public IQueryable<Brand> GetBrandList(CatalogSeed catalog) => catalog.Brands.AsQueryable();

    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProjectedProducts(CatalogSeed catalog) => catalog.Products.AsQueryable();
}
