using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Sorting;

/// <summary>The <c>order</c> argument over in-memory queryables: keys in order, directions, nested objects.</summary>
public sealed class SortingTests
{
    private static readonly List<Brand> Brands = CatalogSchema.Data.Brands;

    [Fact]
    public async Task Entries_sort_in_order_with_their_directions()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ brandList(order: [{ country: DESC }, { name: ASC }]) { id } }");
        var expected = Brands.OrderByDescending(b => b.Country, StringComparer.CurrentCulture).ThenBy(b => b.Name, StringComparer.CurrentCulture).Select(b => b.Id);
        Assert.Equal(expected, data.GetProperty("brandList").Ids());
    }

    [Fact]
    public async Task Several_fields_of_one_entry_sort_in_the_order_they_are_written()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ productSegment(take: 50, order: [{ category: DESC, stock: ASC, id: DESC }]) { items { id } } }");
        var expected = CatalogSchema.Data.Products.OrderByDescending(p => p.Category).ThenBy(p => p.Stock).ThenByDescending(p => p.Id).Take(50).Select(p => p.Id);
        Assert.Equal(expected, data.GetProperty("productSegment").GetProperty("items").Ids());
    }

    [Fact]
    public async Task Nested_objects_sort_by_their_fields()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ productSegment(take: 40, order: [{ brand: { name: DESC } }, { id: ASC }]) { items { id } } }");
        var expected = CatalogSchema.Data.Products.OrderByDescending(p => p.Brand!.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id).Take(40).Select(p => p.Id);
        Assert.Equal(expected, data.GetProperty("productSegment").GetProperty("items").Ids());
    }

    [Fact]
    public async Task Without_order_the_items_keep_the_resolver_order()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ brandList { id } }");
        Assert.Equal(Brands.Select(b => b.Id), data.GetProperty("brandList").Ids());
    }
}
