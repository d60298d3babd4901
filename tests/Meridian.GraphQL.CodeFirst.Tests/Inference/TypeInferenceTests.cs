using Meridian.Errors;
using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Inference;

/// <summary>CLR types to GraphQL types: scalars, tasks, lists, nullability and overrides.</summary>
public sealed class TypeInferenceTests
{
    private static async Task<Schema> QueryOfAsync<TQuery>() => (await LibrarySchema.CreateFromAsync(b => b.AddQueryType<TQuery>())).Schema;

    [Fact]
    public async Task Clr_types_map_to_the_engine_scalars_as_in_hot_chocolate()
    {
        var query = await QueryOfAsync<ScalarQuery>();
        Assert.Equal("String!", query.TypeOf("Query.text"));
        Assert.Equal("Boolean!", query.TypeOf("Query.flag"));
        Assert.Equal("Int!", query.TypeOf("Query.int"));
        Assert.Equal("Int!", query.TypeOf("Query.short"));
        Assert.Equal("Int!", query.TypeOf("Query.byte"));
        Assert.Equal("Long!", query.TypeOf("Query.long"));
        Assert.Equal("Float!", query.TypeOf("Query.double"));
        Assert.Equal("Float!", query.TypeOf("Query.float"));
        Assert.Equal("Decimal!", query.TypeOf("Query.decimal"));
        Assert.Equal("DateTime!", query.TypeOf("Query.dateTimeOffset"));
        Assert.Equal("DateTime!", query.TypeOf("Query.dateTime"));
        Assert.Equal("Date!", query.TypeOf("Query.date"));
        Assert.Equal("LocalTime!", query.TypeOf("Query.time"));
        Assert.Equal("UUID!", query.TypeOf("Query.guid"));
        Assert.Equal("URL!", query.TypeOf("Query.uri"));
    }

    [Fact]
    public async Task Scalar_values_serialize_through_the_engine_scalars()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<ScalarQuery>());
        Assert.Equal(
            """{"data":{"long":9007199254740993,"dateTime":"2026-11-21T10:30:00.000Z","date":"2026-11-21","time":"10:30:00","guid":"0f8fad5b-d9cb-469f-a165-70867728950e","uri":"https://example.com/"}}""",
            await executor.RunAsync("{ long dateTime date time guid uri }"));
    }

    [Fact]
    public async Task Tasks_are_unwrapped_lists_inferred_and_nullability_follows_annotations()
    {
        var query = await QueryOfAsync<ShapeQuery>();
        Assert.Equal("String", query.TypeOf("Query.maybe"));
        Assert.Equal("Int", query.TypeOf("Query.maybeNumber"));
        Assert.Equal("String!", query.TypeOf("Query.fromTask"));
        Assert.Equal("String", query.TypeOf("Query.fromValueTask"));
        Assert.Equal("[String!]!", query.TypeOf("Query.array"));
        Assert.Equal("[String]!", query.TypeOf("Query.nullableItems"));
        Assert.Equal("[Int!]", query.TypeOf("Query.nullableList"));
        Assert.Equal("[[String!]!]!", query.TypeOf("Query.nested"));
        Assert.Equal("[String!]!", query.TypeOf("Query.enumerable"));
        Assert.Equal("[String!]!", query.TypeOf("Query.readOnlyList"));
        Assert.Equal("[String!]!", query.TypeOf("Query.hashSet"));
        Assert.Equal("[String!]!", query.TypeOf("Query.queryable"));
        Assert.Equal("[String!]!", query.TypeOf("Query.listFromTask"));
    }

    [Fact]
    public async Task Overrides_change_the_inferred_type()
    {
        var query = await QueryOfAsync<OverrideQuery>();
        Assert.Equal("ID!", query.TypeOf("Query.textOverride"));
        Assert.Equal("[UUID!]", query.TypeOf("Query.classOverride"));
        Assert.Equal("String!", query.TypeOf("Query.forcedNonNull"));
        Assert.Equal("[String!]!", query.TypeOf("Query.forcedElements"));
        Assert.Equal("ID!", query.QueryType.Fields["argumentOverride"].Arguments["value"].Type.Print());
    }

    [Fact]
    public async Task Types_without_a_graphql_counterpart_are_schema_errors_naming_them()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(() => QueryOfAsync<UnsupportedQuery>());
        Assert.Contains(exception.Errors, e => e.Message.StartsWith("No GraphQL type can be inferred from System.TimeSpan as an output type", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Message.StartsWith("No GraphQL type can be inferred from System.Collections.Generic.Dictionary`2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_clr_types_with_one_graphql_name_are_a_schema_error()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(() => QueryOfAsync<ClashQuery>());
        Assert.Contains(exception.Errors, e => e.Message.StartsWith("The GraphQL type name \"Thing\" is inferred from both", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resolvers_returning_no_value_are_schema_errors()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(() => QueryOfAsync<VoidQuery>());
        Assert.Equal(
            "The resolver VoidQuery.DoAsync of field \"do\" returns no value; return Task<T>.",
            Assert.Single(exception.Errors).Message);
    }

    public sealed class ScalarQuery
    {
        public string Text => "t";

        public bool Flag => true;

        public int Int => 1;

        public short Short => 1;

        public byte Byte => 1;

        public long Long => 9007199254740993;

        public double Double => 1;

        public float Float => 1;

        public decimal Decimal => 1;

        public DateTimeOffset DateTimeOffset => new(2026, 11, 21, 10, 30, 0, TimeSpan.Zero);

        public DateTime DateTime => new(2026, 11, 21, 10, 30, 0, DateTimeKind.Utc);

        public DateOnly Date => new(2026, 11, 21);

        public TimeOnly Time => new(10, 30);

        public Guid Guid => Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        public Uri Uri => new("https://example.com/");
    }

    public sealed class ShapeQuery
    {
        public string? Maybe => null;

        public int? MaybeNumber => null;

        public Task<string> GetFromTask() => Task.FromResult("x");

        public ValueTask<string?> GetFromValueTask() => ValueTask.FromResult<string?>(null);

        public string[] Array => [];

        public List<string?> NullableItems => [];

        public IReadOnlyList<int>? NullableList => null;

        public string[][] Nested => [];

        public IEnumerable<string> Enumerable => [];

        public IReadOnlyList<string> ReadOnlyList => [];

        public HashSet<string> HashSet => [];

        public IQueryable<string> Queryable => System.Linq.Queryable.AsQueryable(System.Array.Empty<string>());

        public Task<List<string>> GetListFromTask() => Task.FromResult(new List<string>());
    }

    public sealed class OverrideQuery
    {
        [GraphQLType("ID!")]
        public string TextOverride => "1";

        [GraphQLType<UuidType>]
        public IReadOnlyList<string>? ClassOverride => null;

        [GraphQLNonNullType]
        public string? ForcedNonNull => "x";

        [GraphQLNonNullType(ElementsNonNull = true)]
        public List<string?> ForcedElements => [];

        public int ArgumentOverride([GraphQLType("ID!")] int value) => value;
    }

    public sealed class UnsupportedQuery
    {
        public TimeSpan Duration => TimeSpan.Zero;

        public Dictionary<string, int> Map => [];
    }

    public sealed class ClashQuery
    {
        public One.Thing First => new();

        public Two.Thing Second => new();
    }

    public sealed class VoidQuery
    {
        public int Ok => 1;

        public Task DoAsync() => Task.CompletedTask;
    }

    public static class One
    {
        public sealed class Thing
        {
            public int A => 1;
        }
    }

    public static class Two
    {
        public sealed class Thing
        {
            public int B => 2;
        }
    }
}
