using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Paging;

/// <summary>Offset paging: <c>skip</c>/<c>take</c>, segment info, total count and argument checks.</summary>
public sealed class OffsetPagingTests
{
    [Fact]
    public async Task Skip_and_take_slice_the_ordered_items()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ productSegment(skip: 20, take: 5, order: [{ price: DESC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }");
        var segment = data.GetProperty("productSegment");
        var expected = CatalogSchema.Data.Products.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Skip(20).Take(5).Select(p => p.Id);
        Assert.Equal(expected, segment.GetProperty("items").Ids());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(300, segment.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_last_segment_has_no_next_page()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ productSegment(skip: 295, take: 10) { items { id } pageInfo { hasNextPage } } }");
        Assert.Equal([296, 297, 298, 299, 300], data.GetProperty("productSegment").GetProperty("items").Ids());
        Assert.False(data.GetProperty("productSegment").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("skip: -1", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("take: -1", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("take: 51", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    public async Task Invalid_arguments_fail_with_a_stable_code(string arguments, string code)
    {
        var executor = await CatalogSchema.CreateAsync();
        Assert.Equal(code, (await executor.QueryErrorAsync($"{{ productSegment({arguments}) {{ items {{ id }} }} }}")).Code());
    }
}
