using Meridian.GraphQL.CodeFirst.Tests.Catalog;
using Meridian.GraphQL.CodeFirst.Tests.Filtering;
using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Paging;

/// <summary>The SDL of connections, collection segments, filter and sort inputs for the catalog, in Hot Chocolate's shape.</summary>
public sealed class DataSdlTests
{
    [Fact]
    public async Task The_catalog_schema_prints_as_sdl()
    {
        var executor = await CatalogSchema.CreateAsync();
        Snapshot.Match(executor.Schema.ToString());
    }

    [Fact]
    public async Task Paged_fields_take_cursor_arguments_and_return_connections_named_after_the_field()
    {
        var schema = (await CatalogSchema.CreateAsync()).Schema;
        var sdl = schema.ToString();
        Assert.Equal("products(first: Int, after: String, last: Int, before: String, where: ProductFilterInput, order: [ProductSortInput!]): ProductsConnection", Signature(schema, "products"));
        Assert.Equal("productSequence(first: Int, after: String, last: Int, before: String, where: ProductFilterInput, order: [ProductSortInput!]): ProductSequenceConnection", Signature(schema, "productSequence"));
        Assert.Equal("brands(first: Int, after: String): BrandsConnection", Signature(schema, "brands"));
        Assert.Equal("productSegment(skip: Int, take: Int, where: ProductFilterInput, order: [ProductSortInput!]): ProductSegmentCollectionSegment", Signature(schema, "productSegment"));
        Assert.Equal(["pageInfo: PageInfo!", "edges: [ProductsEdge!]", "nodes: [Product!]"], Fields(sdl, "type ProductsConnection"));
        Assert.Equal(["pageInfo: PageInfo!", "edges: [ProductSequenceEdge!]", "nodes: [Product!]", "totalCount: Int!"], Fields(sdl, "type ProductSequenceConnection"));
        Assert.Equal(["cursor: String!", "node: Product!"], Fields(sdl, "type ProductsEdge"));
        Assert.Equal(["hasNextPage: Boolean!", "hasPreviousPage: Boolean!", "startCursor: String", "endCursor: String"], Fields(sdl, "type PageInfo"));
        Assert.Equal(["pageInfo: CollectionSegmentInfo!", "items: [Product!]", "totalCount: Int!"], Fields(sdl, "type ProductSegmentCollectionSegment"));
        Assert.Equal(["nodes: [String!]"], Fields(sdl, "type TagNamesConnection")[2..]);
    }

    [Fact]
    public async Task Filter_inputs_have_an_operation_input_per_field_kind()
    {
        var sdl = (await CatalogSchema.CreateAsync()).Schema.ToString();
        Assert.Equal(
            [
                "and: [ProductFilterInput!]", "or: [ProductFilterInput!]", "id: IntOperationFilterInput", "name: StringOperationFilterInput",
                "description: StringOperationFilterInput", "price: DecimalOperationFilterInput", "stock: IntOperationFilterInput",
                "available: BooleanOperationFilterInput", "category: CategoryOperationFilterInput", "createdAt: DateTimeOperationFilterInput",
                "releasedOn: DateOperationFilterInput", "sku: UuidOperationFilterInput", "brand: BrandFilterInput",
                "tags: ListStringOperationFilterInput", "reviews: ListFilterInputTypeOfReviewFilterInput",
            ],
            Fields(sdl, "input ProductFilterInput"));
        Assert.Equal(
            ["and: [StringOperationFilterInput!]", "or: [StringOperationFilterInput!]", "eq: String", "neq: String", "contains: String", "ncontains: String", "in: [String]", "nin: [String]", "startsWith: String", "nstartsWith: String", "endsWith: String", "nendsWith: String"],
            Fields(sdl, "input StringOperationFilterInput"));
        Assert.Equal(
            ["eq: Int", "neq: Int", "in: [Int]", "nin: [Int]", "gt: Int", "ngt: Int", "gte: Int", "ngte: Int", "lt: Int", "nlt: Int", "lte: Int", "nlte: Int"],
            Fields(sdl, "input IntOperationFilterInput"));
        Assert.Equal(["eq: Boolean", "neq: Boolean"], Fields(sdl, "input BooleanOperationFilterInput"));
        Assert.Equal(["eq: Category", "neq: Category", "in: [Category!]", "nin: [Category!]"], Fields(sdl, "input CategoryOperationFilterInput"));
        Assert.Equal(["all: StringOperationFilterInput", "none: StringOperationFilterInput", "some: StringOperationFilterInput", "any: Boolean"], Fields(sdl, "input ListStringOperationFilterInput"));
        Assert.Equal(["all: ReviewFilterInput", "none: ReviewFilterInput", "some: ReviewFilterInput", "any: Boolean"], Fields(sdl, "input ListFilterInputTypeOfReviewFilterInput"));
    }

    [Fact]
    public async Task Sort_inputs_sort_scalars_and_nested_objects_but_not_lists()
    {
        var sdl = (await CatalogSchema.CreateAsync()).Schema.ToString();
        Assert.Equal(
            [
                "id: SortEnumType", "name: SortEnumType", "description: SortEnumType", "price: SortEnumType", "stock: SortEnumType",
                "available: SortEnumType", "category: SortEnumType", "createdAt: SortEnumType", "releasedOn: SortEnumType",
                "sku: SortEnumType", "brand: BrandSortInput",
            ],
            Fields(sdl, "input ProductSortInput"));
        Assert.Equal(["ASC", "DESC"], Fields(sdl, "enum SortEnumType"));
    }

    /// <summary>The member lines of a type in the SDL, descriptions left out.</summary>
    private static string[] Fields(string sdl, string header) =>
        [.. FilteringTests.Section(sdl, header).Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && l != "}" && !l.StartsWith('"'))];

    private static string Signature(Schema schema, string field)
    {
        Assert.True(schema.QueryType.Fields.TryGetField(field, out var definition));
        var arguments = string.Join(", ", definition.Arguments.AsSpan().ToArray().Select(a => $"{a.Name}: {a.Type.Print()}"));
        return $"{field}({arguments}): {definition.Type.Print()}";
    }
}
