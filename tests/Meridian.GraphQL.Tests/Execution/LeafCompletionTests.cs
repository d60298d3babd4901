using Meridian.Execution;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>
/// Leaf fields read by the default resolver complete without boxing (typed readers, values kept unboxed in the
/// result). These tests run the same query on the same data twice: once on that path, once with a pass-through field
/// middleware, which sends every field through the general completion; the responses must be identical, errors
/// included.
/// </summary>
public sealed class LeafCompletionTests
{
    private const string Sdl = """
        type Query { samples: [Sample!]! sample: Sample }
        type Sample {
          int: Int! maybeInt: Int missingInt: Int! long: Long! float: Float! notFinite: Float flag: Boolean! maybeFlag: Boolean
          text: String! missingText: String! intId: ID! longId: ID! guidId: ID! stringId: ID! uuid: UUID!
          at: DateTime! utcAt: DateTime! unspecifiedAt: DateTime! maybeAt: DateTime day: Date!
          color: Color! unknownColor: Color status: Status! unknownStatus: Status
          intAsFloat: Float! textAsInt: Int
        }
        enum Status { OPEN FULL }
        """;

    private const string Query = """
        { samples {
            int maybeInt long float notFinite flag maybeFlag text intId longId guidId stringId uuid
            at utcAt unspecifiedAt maybeAt day color unknownColor status unknownStatus intAsFloat textAsInt
        } }
        """;

    private static readonly Sample[] Samples =
    [
        new(
            Int: 42, MaybeInt: 7, MissingInt: null, Long: long.MaxValue, Float: 1.5, NotFinite: double.NaN, Flag: true, MaybeFlag: false,
            Text: "tab\there \"quoted\" é", MissingText: null, IntId: -12, LongId: 9_007_199_254_740_993, GuidId: Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            StringId: "abc", Uuid: Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            At: new DateTimeOffset(2026, 3, 29, 1, 30, 0, 123, TimeSpan.FromHours(1)).AddTicks(9999),
            UtcAt: new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), UnspecifiedAt: new DateTime(999, 12, 31, 23, 59, 59, 999),
            MaybeAt: new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromMinutes(-570)), Day: new DateOnly(2026, 11, 21),
            Color: Color.Green, UnknownColor: (Color)9, Status: "OPEN", UnknownStatus: "CLOSED", IntAsFloat: 3, TextAsInt: "12"),
        new(
            Int: int.MinValue, MaybeInt: null, MissingInt: 1, Long: -1, Float: -0.25, NotFinite: 2, Flag: false, MaybeFlag: null,
            Text: "", MissingText: "x", IntId: 0, LongId: long.MinValue, GuidId: Guid.Empty, StringId: "", Uuid: Guid.Empty,
            At: new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero), UtcAt: DateTime.MinValue, UnspecifiedAt: DateTime.MaxValue,
            MaybeAt: null, Day: DateOnly.MinValue, Color: Color.Red, UnknownColor: null, Status: "FULL", UnknownStatus: null, IntAsFloat: -4, TextAsInt: null),
    ];

    public enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public async Task Leaves_complete_as_through_the_general_path()
    {
        var fast = await RunAsync(passThroughMiddleware: false, Query);
        var general = await RunAsync(passThroughMiddleware: true, Query);

        Assert.Equal(general, fast);
        Assert.Contains("\"at\":\"2026-03-29T01:30:00.123+01:00\"", fast);
        Assert.Contains("\"maybeAt\":\"2026-07-01T00:00:00.000-09:30\"", fast);
        Assert.Contains("\"unspecifiedAt\":\"0999-12-31T23:59:59.999Z\"", fast);
        Assert.Contains("\"longId\":\"9007199254740993\"", fast);
        Assert.Contains("Float cannot represent non numeric value: NaN", fast);
        Assert.Contains("Enum \\\"Color\\\" cannot represent value: 9", fast);
    }

    [Theory]
    [InlineData("{ sample { missingInt } }")]
    [InlineData("{ sample { missingText } }")]
    [InlineData("{ samples { missingInt } }")]
    public async Task Nulls_in_non_null_leaves_propagate_as_through_the_general_path(string query)
    {
        var fast = await RunAsync(passThroughMiddleware: false, query);
        var general = await RunAsync(passThroughMiddleware: true, query);

        Assert.Equal(general, fast);
        Assert.Contains("NON_NULL_VIOLATION", fast);
    }

    [Fact]
    public async Task The_result_read_as_a_dictionary_holds_the_serialized_values()
    {
        var executor = await CreateAsync(passThroughMiddleware: false);
        using var result = await executor.ExecuteOperationAsync("{ sample { int long float flag intId at day color } }");

        var sample = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data!["sample"]);
        Assert.Equal(42, sample["int"]);
        Assert.Equal(long.MaxValue, sample["long"]);
        Assert.Equal(1.5, sample["float"]);
        Assert.Equal(true, sample["flag"]);
        Assert.Equal("-12", sample["intId"]);
        Assert.Equal("2026-03-29T01:30:00.123+01:00", sample["at"]);
        Assert.Equal("2026-11-21", sample["day"]);
        Assert.Equal("GREEN", sample["color"]);
        Assert.Equal(
            [42, long.MaxValue, 1.5, true, "-12", "2026-03-29T01:30:00.123+01:00", "2026-11-21", "GREEN"],
            sample.Values.ToArray());
    }

    [Fact]
    public async Task Dictionary_parents_and_parents_of_other_types_are_read_as_before()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { items: [Item!]! } type Item { count: Int! at: DateTime }",
            b => b.BindPureResolver("Query", "items", _ => new object[]
            {
                new Dictionary<string, object?> { ["count"] = 1, ["at"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) },
                new CountedItem(2),
                new Dictionary<string, object?> { ["count"] = 3L },
                new CountedItem(4),
            }));

        var json = await executor.RunAsync("{ items { count at } }");

        Assert.Equal(
            """{"data":{"items":[{"count":1,"at":"2026-01-01T00:00:00.000Z"},{"count":2,"at":null},{"count":3,"at":null},{"count":4,"at":null}]}}""",
            json);
    }

    [Fact]
    public async Task Exceptions_of_property_getters_become_field_errors()
    {
        var executor = await TestExecutor.CreateAsync(
            "type Query { item: Thrower } type Thrower { count: Int ok: Int }",
            b => b.BindPureResolver("Query", "item", _ => new Thrower()));

        var json = await executor.RunAsync("{ item { count ok } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":10}],"path":["item","count"],"extensions":{"code":"UNEXPECTED_ERROR"}}],"data":{"item":{"count":null,"ok":1}}}""",
            json);
    }

    private static async Task<string> RunAsync(bool passThroughMiddleware, string query)
    {
        var executor = await CreateAsync(passThroughMiddleware);
        return await executor.RunAsync(query);
    }

    private static Task<IRequestExecutor> CreateAsync(bool passThroughMiddleware) =>
        TestExecutor.CreateAsync(Sdl, b =>
        {
            b.ConfigureSchema(s => s.AddType(ColorEnum()))
                .BindPureResolver("Query", "samples", _ => Samples)
                .BindPureResolver("Query", "sample", _ => Samples[0]);
            if (passThroughMiddleware)
            {
                b.UseField(next => next);
            }
        });

    private static EnumTypeConfiguration ColorEnum()
    {
        var configuration = new EnumTypeConfiguration("Color") { RuntimeType = typeof(Color) };
        configuration.Values.Add(new EnumValueConfiguration("RED", Color.Red));
        configuration.Values.Add(new EnumValueConfiguration("GREEN", Color.Green));
        return configuration;
    }

    private sealed record Sample(
        int Int, int? MaybeInt, int? MissingInt, long Long, double Float, double NotFinite, bool Flag, bool? MaybeFlag,
        string Text, string? MissingText, int IntId, long LongId, Guid GuidId, string StringId, Guid Uuid,
        DateTimeOffset At, DateTime UtcAt, DateTime UnspecifiedAt, DateTimeOffset? MaybeAt, DateOnly Day,
        Color Color, Color? UnknownColor, string Status, string? UnknownStatus, int IntAsFloat, string? TextAsInt);

    private sealed record CountedItem(int Count);

    private sealed class Thrower
    {
        public int Count => throw new InvalidOperationException("getter failed");

        public int Ok => 1;
    }
}
