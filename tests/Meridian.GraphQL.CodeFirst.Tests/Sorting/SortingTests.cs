using System.Text;
using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Sorting;

/// <summary>
/// The <c>order</c> argument over in-memory queryables: keys in order, directions, nested objects; the same order
/// whether the client writes the sort input in the document or sends it as a JSON variable.
/// </summary>
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

    [Theory]
    [InlineData("{ price: DESC, name: ASC }", """{ "price": "DESC", "name": "ASC" }""", true)]
    [InlineData("{ name: ASC, price: DESC }", """{ "name": "ASC", "price": "DESC" }""", false)]
    public async Task Fields_of_one_entry_sort_in_the_order_given_in_a_literal_or_a_variable(string literal, string json, bool priceFirst)
    {
        var executor = await CatalogSchema.CreateAsync();
        var products = CatalogSchema.Data.Products;
        var expected = priceFirst
            ? products.OrderByDescending(p => p.Price).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            : products.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenByDescending(p => p.Price);
        var expectedIds = expected.Select(p => p.Id).ToArray();

        var fromLiteral = await executor.QueryAsync($$"""{ projectedProducts(order: {{literal}}) { id } }""");
        var fromVariable = await executor.QueryAsync("query($o: [ProductSortInput!]) { projectedProducts(order: $o) { id } }", Variables("o", json));
        var pagedFromVariable = await executor.QueryAsync("query($o: [ProductSortInput!]) { products(first: 40, order: $o) { nodes { id } } }", Variables("o", json));

        Assert.Equal(expectedIds, fromLiteral.GetProperty("projectedProducts").Ids());
        Assert.Equal(expectedIds, fromVariable.GetProperty("projectedProducts").Ids());
        Assert.Equal(expectedIds.Take(40), pagedFromVariable.GetProperty("products").GetProperty("nodes").Ids());
    }

    [Fact]
    public async Task A_variable_list_of_entries_sorts_in_list_order()
    {
        var executor = await CatalogSchema.CreateAsync();
        const string Document = "query($o: [BrandSortInput!]) { brandList(order: $o) { id } }";

        var countryFirst = await executor.QueryAsync(Document, Variables("o", """[{ "country": "DESC" }, { "name": "ASC" }]"""));
        var nameFirst = await executor.QueryAsync(Document, Variables("o", """[{ "name": "ASC" }, { "country": "DESC" }]"""));

        var byCountry = Brands.OrderByDescending(b => b.Country, StringComparer.CurrentCulture).ThenBy(b => b.Name, StringComparer.CurrentCulture);
        var byName = Brands.OrderBy(b => b.Name, StringComparer.CurrentCulture).ThenByDescending(b => b.Country, StringComparer.CurrentCulture);
        Assert.Equal(byCountry.Select(b => b.Id), countryFirst.GetProperty("brandList").Ids());
        Assert.Equal(byName.Select(b => b.Id), nameFirst.GetProperty("brandList").Ids());
    }

    [Fact]
    public async Task Nested_fields_sort_in_the_order_given_in_a_literal_or_a_variable()
    {
        var executor = await CatalogSchema.CreateAsync();
        var expected = CatalogSchema.Data.Products
            .OrderByDescending(p => p.Brand!.Country, StringComparer.CurrentCulture)
            .ThenBy(p => p.Brand!.Name, StringComparer.CurrentCulture)
            .ThenByDescending(p => p.Id)
            .Select(p => p.Id);

        var fromLiteral = await executor.QueryAsync("{ projectedProducts(order: { brand: { country: DESC, name: ASC }, id: DESC }) { id } }");
        var fromVariable = await executor.QueryAsync(
            "query($o: [ProductSortInput!]) { projectedProducts(order: $o) { id } }",
            Variables("o", """{ "brand": { "country": "DESC", "name": "ASC" }, "id": "DESC" }"""));

        Assert.Equal(expected, fromLiteral.GetProperty("projectedProducts").Ids());
        Assert.Equal(expected, fromVariable.GetProperty("projectedProducts").Ids());
    }

    /// <summary>Reads a variable from JSON as the HTTP server does (objects keep their property order).</summary>
    private static IReadOnlyDictionary<string, object?> Variables(string name, string json) =>
        new Dictionary<string, object?> { [name] = JsonValueReader.Read(Encoding.UTF8.GetBytes(json)) };
}
