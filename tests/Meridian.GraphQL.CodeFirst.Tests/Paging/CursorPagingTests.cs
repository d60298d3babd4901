using Meridian.CodeFirst.Data;
using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Paging;

/// <summary>Relay cursor paging over in-memory queryables, sequences and lists: slicing, cursors, page info, argument checks.</summary>
public sealed class CursorPagingTests
{
    private static readonly List<Product> Products = CatalogSchema.Data.Products;

    [Fact]
    public async Task Without_arguments_the_first_page_has_the_default_size_in_key_order()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ products { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        var products = data.GetProperty("products");
        Assert.Equal(Enumerable.Range(1, 10), products.GetProperty("nodes").Ids());
        Assert.True(products.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(products.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Walking_forward_with_after_visits_every_item_once_in_the_requested_order()
    {
        var executor = await CatalogSchema.CreateAsync();
        var expected = Products.Where(p => p.Price < 100).OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        var visited = await WalkAsync(executor, "products", "where: { price: { lt: 100 } }, order: [{ name: ASC }, { price: DESC }]", 7);
        Assert.Equal(expected, visited);
    }

    [Fact]
    public async Task Keys_that_can_be_null_sort_nulls_first_ascending_and_last_descending_across_pages()
    {
        var executor = await CatalogSchema.CreateAsync();
        var ascending = Products.OrderBy(p => p.Description is not null).ThenBy(p => p.Description, StringComparer.CurrentCulture).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        Assert.Equal(ascending, await WalkAsync(executor, "products", "order: [{ description: ASC }]", 23));

        var descending = Products.OrderByDescending(p => p.ReleasedOn is not null).ThenByDescending(p => p.ReleasedOn).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        Assert.Equal(descending, await WalkAsync(executor, "products", "order: [{ releasedOn: DESC }]", 29));
    }

    [Fact]
    public async Task Walking_backward_with_last_and_before_visits_every_item_once()
    {
        var executor = await CatalogSchema.CreateAsync();
        var expected = Products.Where(p => p.Category == Category.Game).OrderByDescending(p => p.Stock).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        var visited = new List<int>();
        string? before = null;
        for (var page = 0; page < 100; page++)
        {
            var cursor = before is null ? string.Empty : $", before: \"{before}\"";
            var data = await executor.QueryAsync($$"""{ products(last: 6{{cursor}}, where: { category: { eq: GAME } }, order: [{ stock: DESC }]) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }""");
            var connection = data.GetProperty("products");
            visited.InsertRange(0, connection.GetProperty("nodes").Ids());
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(before is not null, pageInfo.GetProperty("hasNextPage").GetBoolean());
            if (!pageInfo.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = pageInfo.GetProperty("startCursor").GetString();
        }

        Assert.Equal(expected, visited);
    }

    [Fact]
    public async Task First_and_last_together_take_the_end_of_the_first_items()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ products(first: 10, last: 3) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        Assert.Equal([8, 9, 10], data.GetProperty("products").GetProperty("nodes").Ids());
        Assert.True(data.GetProperty("products").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Edges_carry_cursors_that_start_the_next_page_after_their_item()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ products(first: 3, order: [{ price: DESC }]) { edges { cursor node { id } } pageInfo { startCursor endCursor } } }");
        var edges = data.GetProperty("products").GetProperty("edges").EnumerateArray().ToList();
        var pageInfo = data.GetProperty("products").GetProperty("pageInfo");
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal(edges[2].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());

        var after = edges[1].GetProperty("cursor").GetString();
        var next = await executor.QueryAsync($$"""{ products(first: 1, after: "{{after}}", order: [{ price: DESC }]) { nodes { id } } }""");
        Assert.Equal(edges[2].GetProperty("node").GetProperty("id").GetInt32(), next.GetProperty("products").GetProperty("nodes").Ids().Single());
    }

    [Fact]
    public async Task Total_count_counts_the_filtered_items_of_a_sequence()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ productSequence(first: 2, where: { available: { eq: true } }) { totalCount nodes { id } } }");
        Assert.Equal(Products.Count(p => p.Available), data.GetProperty("productSequence").GetProperty("totalCount").GetInt32());
        Assert.Equal(Products.Where(p => p.Available).Take(2).Select(p => p.Id), data.GetProperty("productSequence").GetProperty("nodes").Ids());
    }

    [Fact]
    public async Task A_plain_list_without_keys_pages_by_position()
    {
        var executor = await CatalogSchema.CreateAsync();
        var tags = Products.SelectMany(p => p.Tags).Distinct().Order(StringComparer.Ordinal).ToList();
        var first = await executor.QueryAsync("{ tagNames { nodes pageInfo { hasNextPage endCursor } } }");
        Assert.Equal(tags.Take(4), first.GetProperty("tagNames").GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        var after = first.GetProperty("tagNames").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await executor.QueryAsync($$"""{ tagNames(first: 4, after: "{{after}}") { nodes pageInfo { hasNextPage hasPreviousPage } } }""");
        Assert.Equal(tags.Skip(4).Take(4), second.GetProperty("tagNames").GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.True(second.GetProperty("tagNames").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var last = await executor.QueryAsync("{ tagNames(last: 2) { nodes } }");
        Assert.Equal(tags.TakeLast(2), last.GetProperty("tagNames").GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
    }

    [Theory]
    [InlineData("products(first: -1)", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("products(last: -2)", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("products(first: 51)", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("tagNames(last: 21)", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("brands", "PAGING_BOUNDARIES_REQUIRED")]
    [InlineData("products(after: \"bm90IGEgY3Vyc29y\")", "PAGING_CURSOR_INVALID")]
    [InlineData("products(before: \"%%%\")", "PAGING_CURSOR_INVALID")]
    public async Task Invalid_paging_arguments_fail_the_field_with_a_stable_code(string field, string code)
    {
        var executor = await CatalogSchema.CreateAsync();
        var error = await executor.QueryErrorAsync($"{{ {field} {{ pageInfo {{ hasNextPage }} }} }}");
        Assert.Equal(code, error.Code());
        Assert.Equal(field.Split('(')[0], error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_rejected()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ products(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var error = await executor.QueryErrorAsync($$"""{ products(after: "{{cursor}}", order: [{ price: ASC }, { stock: DESC }]) { nodes { id } } }""");
        Assert.Equal("PAGING_CURSOR_INVALID", error.Code());
    }

    [Fact]
    public async Task Paging_options_of_the_builder_set_the_defaults()
    {
        var executor = await CatalogSchema.CreateAsync(b => b.ModifyPagingOptions(o =>
        {
            o.DefaultPageSize = 3;
            o.MaxPageSize = 5;
        }));
        var data = await executor.QueryAsync("{ products { nodes { id } } }");
        Assert.Equal([1, 2, 3], data.GetProperty("products").GetProperty("nodes").Ids());
        Assert.Equal("PAGING_MAX_PAGE_SIZE_EXCEEDED", (await executor.QueryErrorAsync("{ products(first: 6) { nodes { id } } }")).Code());
    }

    /// <summary>Pages forward through a field with <paramref name="arguments"/> and returns the ids in order.</summary>
    private static async Task<List<int>> WalkAsync(IRequestExecutor executor, string field, string arguments, int pageSize)
    {
        var visited = new List<int>();
        string? after = null;
        for (var page = 0; page < 200; page++)
        {
            var cursor = after is null ? string.Empty : $", after: \"{after}\"";
            var data = await executor.QueryAsync($$"""{ {{field}}(first: {{pageSize}}{{cursor}}, {{arguments}}) { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }""");
            var connection = data.GetProperty(field);
            var ids = connection.GetProperty("nodes").Ids();
            Assert.True(ids.Length <= pageSize);
            visited.AddRange(ids);
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                return visited;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        throw new InvalidOperationException("Paging did not end.");
    }

}
