using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Projections;

/// <summary>
/// Projections in memory: the parent objects resolvers see hold only the selected members and the keys (a resolver
/// of the parent reads what the projection kept).
/// </summary>
public sealed class ProjectionTests
{
    [Fact]
    public async Task Members_that_are_not_selected_are_not_read()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ projectedProducts(where: { id: { lte: 3 } }) { name parentPrice parentId } }");
        foreach (var item in data.GetProperty("projectedProducts").EnumerateArray())
        {
            Assert.Equal(0m, item.GetProperty("parentPrice").GetDecimal());
            Assert.NotEqual(0, item.GetProperty("parentId").GetInt32());
        }
    }

    [Fact]
    public async Task Selected_members_nested_objects_and_lists_are_read()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ projectedProducts(where: { id: { eq: 7 } }) { price parentPrice brand { name } reviews { rating } } }");
        var item = Assert.Single(data.GetProperty("projectedProducts").EnumerateArray());
        var product = CatalogSchema.Data.Products[6];
        Assert.Equal(product.Price, item.GetProperty("parentPrice").GetDecimal());
        Assert.Equal(product.Brand!.Name, item.GetProperty("brand").GetProperty("name").GetString());
        Assert.Equal(product.Reviews.Select(r => r.Rating), item.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("rating").GetInt32()));
    }

    [Fact]
    public async Task Aliases_of_one_member_are_read_once_and_all_answered()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ projectedProducts(where: { id: { eq: 2 } }) { a: name b: name } }");
        var item = Assert.Single(data.GetProperty("projectedProducts").EnumerateArray());
        Assert.Equal(item.GetProperty("a").GetString(), item.GetProperty("b").GetString());
    }
}
