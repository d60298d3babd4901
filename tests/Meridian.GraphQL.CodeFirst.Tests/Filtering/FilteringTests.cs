using Meridian.GraphQL.CodeFirst.Tests.Catalog;

namespace Meridian.GraphQL.CodeFirst.Tests.Filtering;

/// <summary>The <c>where</c> argument over in-memory queryables: every operation kind, nesting, lists, combinators and nulls.</summary>
public sealed class FilteringTests
{
    private static readonly List<Product> Products = CatalogSchema.Data.Products;

    public static TheoryData<string, Func<Product, bool>> Filters => new()
    {
        { "{ name: { eq: \"amberlamp64\" } }", p => p.Name == "amberlamp64" },
        { "{ name: { neq: \"amberlamp64\" } }", p => p.Name != "amberlamp64" },
        { "{ name: { contains: \"chair\" } }", p => p.Name.Contains("chair") },
        { "{ name: { ncontains: \"chair\" } }", p => !p.Name.Contains("chair") },
        { "{ name: { startsWith: \"ember\" } }", p => p.Name.StartsWith("ember", StringComparison.Ordinal) },
        { "{ name: { nstartsWith: \"ember\" } }", p => !p.Name.StartsWith("ember", StringComparison.Ordinal) },
        { "{ name: { endsWith: \"7\" } }", p => p.Name.EndsWith('7') },
        { "{ name: { nendsWith: \"7\" } }", p => !p.Name.EndsWith('7') },
        { "{ name: { in: [\"amberlamp64\", \"birchlamp65\"] } }", p => p.Name is "amberlamp64" or "birchlamp65" },
        { "{ name: { nin: [\"amberlamp64\", \"birchlamp65\"] } }", p => p.Name is not ("amberlamp64" or "birchlamp65") },
        { "{ name: { or: [{ startsWith: \"amber\" }, { endsWith: \"3\" }] } }", p => p.Name.StartsWith("amber", StringComparison.Ordinal) || p.Name.EndsWith('3') },
        { "{ description: { eq: null } }", p => p.Description is null },
        { "{ description: { neq: null } }", p => p.Description is not null },
        { "{ description: { contains: \"item 1\" } }", p => p.Description?.Contains("item 1") == true },
        { "{ stock: { gt: 40 } }", p => p.Stock > 40 },
        { "{ stock: { gte: 40, lte: 45 } }", p => p.Stock is >= 40 and <= 45 },
        { "{ stock: { lt: 3 } }", p => p.Stock < 3 },
        { "{ stock: { ngt: 3, nlt: 1 } }", p => p.Stock is <= 3 and >= 1 },
        { "{ stock: { ngte: 3 } }", p => p.Stock < 3 },
        { "{ stock: { nlte: 47 } }", p => p.Stock > 47 },
        { "{ stock: { in: [1, 2, 3] } }", p => p.Stock is 1 or 2 or 3 },
        { "{ stock: { nin: [1, 2, 3] } }", p => p.Stock is not (1 or 2 or 3) },
        { "{ price: { gt: 150.5 } }", p => p.Price > 150.5m },
        { "{ available: { eq: false } }", p => !p.Available },
        { "{ available: { neq: false } }", p => p.Available },
        { "{ category: { eq: HOME_GARDEN } }", p => p.Category == Category.HomeGarden },
        { "{ category: { in: [BOOK, GAME] } }", p => p.Category is Category.Book or Category.Game },
        { "{ category: { nin: [BOOK, GAME] } }", p => p.Category is not (Category.Book or Category.Game) },
        { "{ createdAt: { gte: \"2024-01-02T00:00:00Z\" } }", p => p.CreatedAt >= new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero) },
        { "{ releasedOn: { lt: \"2024-02-01\" } }", p => p.ReleasedOn < new DateOnly(2024, 2, 1) },
        { "{ releasedOn: { eq: null } }", p => p.ReleasedOn is null },
        { "{ sku: { eq: \"00000007-0007-0007-0102-030405060707\" } }", p => p.Id == 7 },
        { "{ brand: { name: { eq: \"brand003\" } } }", p => p.Brand!.Name == "brand003" },
        { "{ brand: { country: { eq: null } } }", p => p.Brand!.Country is null },
        { "{ tags: { some: { eq: \"eco\" } } }", p => p.Tags.Contains("eco") },
        { "{ tags: { none: { eq: \"eco\" } } }", p => !p.Tags.Contains("eco") },
        { "{ tags: { all: { in: [\"new\", \"gift\"] } } }", p => p.Tags.All(t => t is "new" or "gift") },
        { "{ tags: { any: false } }", p => p.Tags.Count == 0 },
        { "{ reviews: { some: { rating: { eq: 5 } } } }", p => p.Reviews.Any(r => r.Rating == 5) },
        { "{ reviews: { all: { rating: { gte: 3 } } } }", p => p.Reviews.All(r => r.Rating >= 3) },
        { "{ reviews: { any: true } }", p => p.Reviews.Count > 0 },
        { "{ and: [{ stock: { gt: 10 } }, { category: { eq: MUSIC } }] }", p => p.Stock > 10 && p.Category == Category.Music },
        { "{ or: [{ stock: { gt: 48 } }, { price: { lt: 3 } }], available: { eq: true } }", p => (p.Stock > 48 || p.Price < 3) && p.Available },
        { "{ }", p => true },
        { "{ name: null, stock: { eq: 10 } }", p => p.Stock == 10 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_select_the_items_that_match_as_the_same_condition_in_CSharp_does(string where, Func<Product, bool> expected)
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync($"{{ productSegment(take: 50, where: {where}, order: [{{ id: ASC }}]) {{ items {{ id }} totalCount }} }}");
        var segment = data.GetProperty("productSegment");
        var matching = Products.Where(expected).Select(p => p.Id).ToList();
        Assert.NotEmpty(matching);
        Assert.Equal(matching.Count, segment.GetProperty("totalCount").GetInt32());
        Assert.Equal(matching.Take(50), segment.GetProperty("items").Ids());
    }

    [Fact]
    public async Task Filters_come_from_variables_too()
    {
        var executor = await CatalogSchema.CreateAsync();
        var variables = new Dictionary<string, object?>
        {
            ["where"] = new Dictionary<string, object?> { ["stock"] = new Dictionary<string, object?> { ["in"] = new object?[] { 4L, 5L } } },
        };
        var data = await executor.QueryAsync("query($where: ProductFilterInput) { brandList { id } productSegment(take: 50, where: $where) { items { stock } } }", variables);
        Assert.All(data.GetProperty("productSegment").GetProperty("items").EnumerateArray(), i => Assert.InRange(i.GetProperty("stock").GetInt32(), 4, 5));
    }

    [Fact]
    public async Task A_nested_object_filter_skips_items_whose_object_is_null_in_memory()
    {
        var executor = await CatalogSchema.CreateAsync();
        var data = await executor.QueryAsync("{ brandList(where: { country: { startsWith: \"c\" } }) { id country } }");
        Assert.Equal(
            CatalogSchema.Data.Brands.Where(b => b.Country?.StartsWith('c') == true).Select(b => b.Id),
            data.GetProperty("brandList").Ids());
    }

    [Theory]
    [InlineData("{ name: { contains: null } }")]
    [InlineData("{ stock: { gt: null } }")]
    [InlineData("{ stock: { in: null } }")]
    public async Task Operations_that_need_a_value_reject_null(string where)
    {
        var executor = await CatalogSchema.CreateAsync();
        var error = await executor.QueryErrorAsync($"{{ productSegment(where: {where}) {{ items {{ id }} }} }}");
        Assert.Equal("FILTER_VALUE_INVALID", error.Code());
        Assert.Contains("not null", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Fields_resolved_by_methods_are_not_filterable()
    {
        var executor = await CatalogSchema.CreateAsync();
        var sdl = executor.Schema.ToString();
        Assert.DoesNotContain("parentPrice: ", Section(sdl, "input ProductFilterInput"));
        Assert.Contains("price: DecimalOperationFilterInput", Section(sdl, "input ProductFilterInput"));
    }

    internal static string Section(string sdl, string header)
    {
        var start = sdl.IndexOf(header + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{header} is missing");
        return sdl[start..(sdl.IndexOf('}', start) + 1)];
    }
}
