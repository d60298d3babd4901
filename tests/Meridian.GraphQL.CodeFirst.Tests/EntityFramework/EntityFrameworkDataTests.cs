using System.Text.Json;
using System.Text.RegularExpressions;
using Meridian.CodeFirst.Data;
using Meridian.DataLoader;
using Meridian.EntityFramework;
using Meridian.GraphQL.CodeFirst.Tests.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.EntityFramework;

/// <summary>
/// Paging, filtering, sorting and projection against real PostgreSQL through EF Core, over 10,000 products: the SQL
/// EF sends is captured and checked (one statement, a keyset predicate, LIMIT and never OFFSET for cursor pages, only
/// the selected columns), and the rows are checked against the same data in memory.
/// </summary>
public sealed partial class EntityFrameworkDataTests
{
    private const string GameFilter = "where: { category: { eq: GAME }, price: { gte: 100 } }, order: [{ price: DESC }, { name: ASC }]";

    [Fact]
    public async Task A_filtered_sorted_first_page_is_one_statement_with_where_order_by_and_limit()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync($$"""{ products(first: 5, {{GameFilter}}) { edges { cursor node { id name price } } pageInfo { hasNextPage endCursor } } }""");

        var command = Assert.Single(sql.Commands);
        Assert.Contains("WHERE", command);
        Assert.Contains("ORDER BY p.price DESC, p.name, p.id", command);
        Assert.Contains("LIMIT", command);
        Assert.DoesNotContain("OFFSET", command);
        Assert.Equal(ExpectedGames(seed).Take(5), data.GetProperty("products").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
        Assert.True(data.GetProperty("products").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Sort_fields_sent_in_one_variable_object_order_by_in_the_order_sent()
    {
        var (executor, sql, seed) = await CreateAsync();
        var variables = JsonValueReader.ReadObject("""{ "o": { "price": "DESC", "name": "ASC" } }"""u8);
        var data = await executor.QueryAsync(
            "query($o: [ProductSortInput!]) { products(first: 5, where: { category: { eq: GAME }, price: { gte: 100 } }, order: $o) { nodes { id } } }",
            variables);

        var command = Assert.Single(sql.Commands);
        Assert.Contains("ORDER BY p.price DESC, p.name, p.id", command);
        Assert.Equal(ExpectedGames(seed).Take(5), data.GetProperty("products").GetProperty("nodes").Ids());
    }

    [Fact]
    public async Task An_after_page_seeks_with_a_keyset_predicate_instead_of_an_offset()
    {
        var (executor, sql, seed) = await CreateAsync();
        var first = await executor.QueryAsync($$"""{ products(first: 5, {{GameFilter}}) { pageInfo { endCursor } } }""");
        var after = first.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        sql.Clear();

        var data = await executor.QueryAsync($$"""{ products(first: 5, after: "{{after}}", {{GameFilter}}) { nodes { id } pageInfo { hasPreviousPage } } }""");

        var command = Assert.Single(sql.Commands);
        Assert.Matches(KeysetPredicate(), command);
        Assert.Contains("LIMIT", command);
        Assert.DoesNotContain("OFFSET", command);
        Assert.Equal(ExpectedGames(seed).Skip(5).Take(5), data.GetProperty("products").GetProperty("nodes").Ids());
        Assert.True(data.GetProperty("products").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Walking_all_pages_forward_and_backward_returns_every_filtered_row_once()
    {
        var (executor, sql, seed) = await CreateAsync();
        var expected = ExpectedGames(seed);
        var forward = new List<int>();
        string? cursor = null;
        for (var page = 0; page < 100 && (page == 0 || cursor is not null); page++)
        {
            var after = cursor is null ? string.Empty : $"after: \"{cursor}\", ";
            var data = (await executor.QueryAsync($$"""{ products(first: 50, {{after}}{{GameFilter}}) { nodes { id } pageInfo { hasNextPage endCursor } } }""")).GetProperty("products");
            forward.AddRange(data.GetProperty("nodes").Ids());
            cursor = data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? data.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }

        Assert.Equal(expected, forward);
        sql.Clear();
        var last = (await executor.QueryAsync($$"""{ products(last: 7, {{GameFilter}}) { nodes { id } pageInfo { hasPreviousPage startCursor } } }""")).GetProperty("products");
        Assert.Equal(expected.TakeLast(7), last.GetProperty("nodes").Ids());
        Assert.Contains("ORDER BY p.price, p.name DESC, p.id DESC", Assert.Single(sql.Commands));
        var before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = (await executor.QueryAsync($$"""{ products(last: 7, before: "{{before}}", {{GameFilter}}) { nodes { id } } }""")).GetProperty("products");
        Assert.Equal(expected.SkipLast(7).TakeLast(7), previous.GetProperty("nodes").Ids());
    }

    [Fact]
    public async Task Projection_reads_only_the_selected_columns_and_the_key()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync("""{ products(first: 3, order: [{ id: DESC }]) { nodes { name brand { name } } } }""");

        // EF pages the products in a subquery and joins the brand to the page: both select lists are checked.
        var command = Assert.Single(sql.Commands);
        Assert.Matches(@"SELECT p0\.name, .*b\.name, b\.id, p0\.id\s+FROM \(\s+SELECT p\.id, p\.brand_id, p\.name\s+FROM products", command);
        foreach (var column in new[] { "price", "description", "tags", "stock", "sku", "country" })
        {
            Assert.DoesNotContain("." + column, command);
        }

        var expected = seed.Products.OrderByDescending(p => p.Id).Take(3).ToList();
        Assert.Equal(
            expected.Select(p => $"{p.Name}/{seed.Brands[p.BrandId - 1].Name}"),
            data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("name").GetString()}/{n.GetProperty("brand").GetProperty("name").GetString()}"));
    }

    [Fact]
    public async Task Total_count_is_counted_only_when_selected()
    {
        var (executor, sql, seed) = await CreateAsync();
        await executor.QueryAsync($$"""{ products(first: 2, {{GameFilter}}) { nodes { id } } }""");
        Assert.DoesNotContain(sql.Commands, c => c.Contains("count(", StringComparison.OrdinalIgnoreCase));
        sql.Clear();

        var data = await executor.QueryAsync($$"""{ products(first: 2, {{GameFilter}}) { totalCount nodes { id } } }""");
        Assert.Equal(ExpectedGames(seed).Count, data.GetProperty("products").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, sql.Commands.Count);
        Assert.Single(sql.Commands, c => c.Contains("count(*)", StringComparison.OrdinalIgnoreCase) && c.Contains("WHERE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_and_nested_filters_run_in_the_database()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync("""{ products(first: 50, where: { tags: { some: { eq: "eco" } }, reviews: { some: { rating: { gte: 5 } } }, brand: { country: { eq: "jp" } } }) { nodes { id } } }""");
        var command = Assert.Single(sql.Commands);
        Assert.Contains("EXISTS", command);
        var reviews = seed.Reviews.ToLookup(r => r.ProductId);
        var expected = seed.Products
            .Where(p => p.Tags.Contains("eco") && reviews[p.Id].Any(r => r.Rating >= 5) && seed.Brands[p.BrandId - 1].Country == "jp")
            .OrderBy(p => p.Id).Take(50).Select(p => p.Id);
        Assert.Equal(expected, data.GetProperty("products").GetProperty("nodes").Ids());
    }

    [Fact]
    public async Task A_nested_list_through_a_DataLoader_issues_one_query_per_level()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync("""{ brands(first: 6, order: [{ name: ASC }]) { nodes { name products { id name } } } }""");

        Assert.Equal(2, sql.Commands.Count);
        Assert.Contains("FROM brands", sql.Commands[0]);
        Assert.Contains("FROM products", sql.Commands[1]);
        var brands = data.GetProperty("brands").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(seed.Brands.OrderBy(b => b.Name, StringComparer.Ordinal).Take(6).Select(b => b.Name), brands.Select(b => b.GetProperty("name").GetString()));
        foreach (var brand in brands)
        {
            var brandId = seed.Brands.Single(b => b.Name == brand.GetProperty("name").GetString()).Id;
            Assert.Equal(seed.Products.Where(p => p.BrandId == brandId).Select(p => p.Id), brand.GetProperty("products").Ids());
        }
    }

    [Fact]
    public async Task Three_levels_through_DataLoaders_issue_one_query_per_level()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync("""{ brands(first: 6, order: [{ name: ASC }]) { nodes { products { id latestReviews { rating } } } } }""");

        Assert.Equal(3, sql.Commands.Count);
        Assert.Contains("FROM reviews", sql.Commands[2]);
        var reviews = seed.Reviews.ToLookup(r => r.ProductId);
        foreach (var product in data.GetProperty("brands").GetProperty("nodes").EnumerateArray().SelectMany(b => b.GetProperty("products").EnumerateArray()))
        {
            Assert.Equal(
                reviews[product.GetProperty("id").GetInt32()].Select(r => r.Rating),
                product.GetProperty("latestReviews").EnumerateArray().Select(r => r.GetProperty("rating").GetInt32()));
        }
    }

    [Fact]
    public async Task Offset_paging_uses_offset_and_limit()
    {
        var (executor, sql, seed) = await CreateAsync();
        var data = await executor.QueryAsync("""{ productSegment(skip: 40, take: 3, where: { available: { eq: true } }, order: [{ stock: DESC }]) { items { id } } }""");
        var command = Assert.Single(sql.Commands);
        Assert.Contains("OFFSET", command);
        Assert.Contains("LIMIT", command);
        var expected = seed.Products.Where(p => p.Available).OrderByDescending(p => p.Stock).ThenBy(p => p.Id).Skip(40).Take(3).Select(p => p.Id);
        Assert.Equal(expected, data.GetProperty("productSegment").GetProperty("items").Ids());
    }

    private static List<int> ExpectedGames(CatalogSeed seed) =>
        [.. seed.Products.Where(p => p.Category == Category.Game && p.Price >= 100)
            .OrderByDescending(p => p.Price).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Id)];

    /// <summary>(price &lt; @a) OR (price = @a AND name &gt; @b) OR (price = @a AND name = @b AND id &gt; @c), as PostgreSQL text.</summary>
    [GeneratedRegex(@"p\.price < @\w+.*OR.*p\.price = @\w+.*p\.name > @\w+.*OR.*p\.name = @\w+.*p\.id > @\w+", RegexOptions.Singleline)]
    private static partial Regex KeysetPredicate();

    private static async Task<(IRequestExecutor Executor, SqlCapture Sql, CatalogSeed Seed)> CreateAsync()
    {
        var database = await CatalogDatabase.GetAsync();
        var sql = new SqlCapture();
        var executor = await LibrarySchema.CreateFromAsync(
            b => b.AddQueryType<EfCatalogQuery>()
                .AddTypes(typeof(BrandProductsExtension), typeof(ProductReviewsExtension))
                .AddFiltering()
                .AddSorting()
                .AddProjections()
                .RegisterDbContext<CatalogDbContext>(),
            s =>
            {
                s.AddDbContextFactory<CatalogDbContext>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(sql));
                s.AddScoped(p => p.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
                s.AddDataLoader<ProductsByBrandDataLoader>();
                s.AddDataLoader<ReviewsByProductDataLoader>();
            });
        return (executor, sql, database.Seed);
    }
}
