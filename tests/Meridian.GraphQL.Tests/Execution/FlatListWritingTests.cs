using System.Collections;
using System.Globalization;
using System.Text;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>
/// Lists of flat objects (every field <c>__typename</c> or a leaf the default resolver reads) are written as JSON
/// while executing instead of as result nodes. Every test runs the same operation with that writing on and off: the
/// responses must be byte for byte the same, errors included, and the data read as dictionaries and lists must hold
/// the same values of the same CLR types. The values stress the writer (escaping, non-ASCII, numbers at their limits,
/// dates, enums) and the fallbacks (a null item, a null or rejected leaf, a throwing getter, other CLR types).
/// </summary>
public sealed class FlatListWritingTests
{
    private const string Sdl = """
        type Query {
          items: [Item!]!
          maybeItems: [Item]
          strictItems: [Item!]
          item: Item
          mixed: [Item!]
          throwing: [Thrower!]
          many: [Item!]!
          manyVaried: [Item]!
          manyStrict(case: Int!): [Item!]
          lonely: [Item!]!
          owners: [Owner!]!
          strayOwners: [Owner!]
          mapOwners: [Owner!]!
          chains: [Link!]!
          shapes: [Shape!]!
          manyShapes: [Shape!]!
          shapeRuns: [Shape]!
          uncopyableShapeRuns: [Shape]!
        }
        type Shape { name: String! size: Int! kind: String! }
        type Link { name: String! next: Link }
        type Owner { name: String! pet: Pet strictPet: Pet! computedPet: Pet }
        type Pet { name: String! age: Int! toy: Toy }
        type Toy { label: String }
        type Item {
          text: String! maybeText: String intId: ID! longId: ID! guidId: ID! stringId: ID!
          int: Int! maybeInt: Int long: Long! float: Float! maybeFloat: Float flag: Boolean! maybeFlag: Boolean
          at: DateTime! utcAt: DateTime! unspecifiedAt: DateTime! maybeAt: DateTime day: Date! uuid: UUID!
          status: Status! color: Color! maybeColor: Color
        }
        type Thrower { count: Int ok: Int }
        enum Status { OPEN FULL }
        """;

    private const string AllFields = """
        text maybeText intId longId guidId stringId int maybeInt long float maybeFloat flag maybeFlag
        at utcAt unspecifiedAt maybeAt day uuid status color maybeColor
        """;

    private static readonly Item[] Items =
    [
        Create(0) with
        {
            Text = "quote \" backslash \\ slash / tab \t newline \n control \u0001 del \u007f <script>&'`",
            MaybeText = "é ü 日本 😀 pairs \uD83D\uDE00\uD83D\uDE00",
            IntId = int.MinValue,
            LongId = long.MaxValue,
            Int = int.MaxValue,
            MaybeInt = int.MinValue,
            Long = long.MinValue,
            Float = -0.0,
            MaybeFloat = double.MaxValue,
        },
        Create(1) with
        {
            Text = string.Empty,
            MaybeText = string.Empty,
            StringId = string.Empty,
            IntId = int.MaxValue,
            LongId = long.MinValue,
            Float = 1e21,
            MaybeFloat = 5e-324,
            At = DateTimeOffset.MinValue,
            UtcAt = DateTime.MaxValue,
            UnspecifiedAt = DateTime.MinValue,
            Day = DateOnly.MaxValue,
        },
        Create(2) with { Text = "a text longer than sixteen characters with ✓ in it", Float = 0.30000000000000004, MaybeFloat = -123.456 },
        Create(3) with { Text = "Ω", Float = 1e15, MaybeFloat = 1e-7, Status = "FULL", Color = Color.Green },
        Create(4) with { Float = 2.675, MaybeFloat = 42 },
        Create(5) with { Float = -9876.54321, MaybeFloat = 1d / 3 },
        Create(6) with { Float = 1e14, MaybeFloat = -0.5 },
        Create(7) with { Float = 123_456_789_012.5, MaybeFloat = 99.99 },
        Create(8) with
        {
            Text = "a plain text of more than sixty-four characters, copied in one piece rather than in blocks",
            MaybeText = "a text of more than sixty-four characters that ends with a quote to escape: \"",
            Float = 0,
            MaybeFloat = 1e11,
        },
    ];

    public enum Color
    {
        Red,
        Green,
    }

    public static TheoryData<string> FlatOperations() => new()
    {
        "{ items { " + AllFields + " } }",
        "{ items { __typename a: text text text b: int __typename c: __typename flag } }",
        "{ items { ...Fields } } fragment Fields on Item { text int ... on Item { float flag } }",
        "{ items { text @include(if: true) int @skip(if: true) float } }",
        "{ maybeItems { " + AllFields + " } }",
        "{ first: items { int } second: maybeItems { text } third: items { __typename } }",
        "{ many { " + AllFields + " } }",

        // The compiled writer meets texts that need escaping, doubles that are not short decimals, null items and
        // leaves, and the limits of every type, over and over after compiling.
        "{ manyVaried { text maybeText stringId int maybeInt long float maybeFloat flag maybeFlag } }",
        "{ manyVaried { maybeFloat float } }",
        "{ manyVaried { int aliasLongerThanTheSixtyFourBytesThatCompiledWritersStoreAsConstants: text float } }",
        "{ manyVaried { " + AllFields + " } }",
        "{ owners { name pet { name age toy { label } } } }",
        "{ owners { strictPet { __typename name toy { __typename } } pet { age } name } }",
    };

    public static TheoryData<string> FallbackOperations() => new()
    {
        // The same, met by a compiled writer: the list's last item comes after more items than compiling takes.
        "{ manyStrict(case: 0) { int text } }",
        "{ manyStrict(case: 1) { float int } }",
        "{ manyStrict(case: 2) { color } }",
        "{ manyStrict(case: 3) { text status } }",
        // A null item in a non-null position, a null in a non-null field, NaN, a value outside the enum.
        "{ strictItems { text } }",
        "{ strictItems { maybeText text } }",
        "{ strictItems { float } }",
        "{ strictItems { color } }",
        "{ strictItems { status } }",
        "{ mixed { text int } }",
        "{ throwing { ok count } }",
        "{ a: strictItems { int } b: items { int } c: strictItems { text } d: items { text } }",
        "{ strayOwners { name strictPet { name } } }",
        "{ strayOwners { pet { name age } } }",
    };

    [Theory]
    [MemberData(nameof(FlatOperations))]
    public async Task Flat_lists_are_written_directly_and_read_as_through_the_general_path(string operation)
    {
        var direct = await RunBothWaysAsync(operation);

        Assert.DoesNotContain("\"errors\"", direct.Json);
        Assert.All(direct.Lists, list => Assert.IsType<JsonListResult>(list));
    }

    [Theory]
    [MemberData(nameof(FallbackOperations))]
    public async Task Lists_that_need_the_general_completion_fall_back_to_it(string operation)
    {
        var direct = await RunBothWaysAsync(operation);

        Assert.Contains("\"errors\"", direct.Json);
        Assert.IsNotType<JsonListResult>(direct.First);
    }

    [Fact]
    public async Task A_compiled_writer_hands_a_lone_surrogate_to_the_general_completion()
    {
        var direct = await RunBothWaysAsync("{ manyStrict(case: 4) { maybeText } }");

        Assert.DoesNotContain("\"errors\"", direct.Json);
        Assert.IsNotType<JsonListResult>(direct.First);
    }

    [Fact]
    public async Task The_fallbacks_report_the_errors_of_the_general_completion()
    {
        var direct = await RunBothWaysAsync("{ a: strictItems { float } b: items { int } }");

        Assert.Contains("""{"message":"Float cannot represent non numeric value: NaN","locations":[{"line":1,"column":20}],"path":["a",2,"float"],"extensions":{"code":"VALUE_NOT_SERIALIZABLE"}}""", direct.Json);
        Assert.Contains("""{"message":"Cannot return null for non-nullable field Query.strictItems.",""", direct.Json);
        Assert.Contains("""
            "data":{"a":null,"b":[{"int":2147483647},{"int":1},{"int":2},{"int":3},{"int":4},{"int":5},{"int":6},{"int":7},{"int":8}]}}
            """, direct.Json);
        Assert.IsType<JsonListResult>(Assert.Single(direct.Lists));
    }

    [Fact]
    public async Task Lists_written_directly_are_copied_into_other_json_writers()
    {
        var executor = await CreateAsync(direct: true, Items);
        using var result = await executor.ExecuteOperationAsync("{ items { text float } }");
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(output, JsonResultFormatter.WriterOptions))
        {
            writer.WriteStartArray();
            JsonResultFormatter.Write(result, writer);
            JsonResultFormatter.WriteValue(writer, result.Data!["items"]);
            writer.WriteEndArray();
        }

        var json = result.ToJson();
        Assert.Equal($"[{json},{json[("""{"data":{"items":""".Length)..^2]}]", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public async Task Texts_with_a_lone_surrogate_are_completed_by_the_general_path()
    {
        var direct = await RunBothWaysAsync("{ lonely { text maybeText } }");

        Assert.Contains("lone \uD800 surrogate", direct.Values);
        Assert.IsType<ListResult>(Assert.Single(direct.Lists));
    }

    [Fact]
    public async Task Nullable_items_and_leaves_are_written_as_null()
    {
        var direct = await RunBothWaysAsync("{ maybeItems { int maybeInt maybeColor } }");

        Assert.StartsWith("""{"data":{"maybeItems":[{"int":2147483647,"maybeInt":-2147483648,"maybeColor":null},null,""", direct.Json);
        Assert.Contains("""{"int":3,"maybeInt":null,"maybeColor":null}""", direct.Json);
        Assert.IsType<JsonListResult>(Assert.Single(direct.Lists));
    }

    [Fact]
    public async Task Operations_with_conditions_on_variables_and_single_objects_use_the_general_completion()
    {
        var variables = new Dictionary<string, object?> { ["show"] = false };
        var direct = await RunBothWaysAsync("query($show: Boolean!) { items { text int @include(if: $show) } item { text } }", variables);

        Assert.IsType<ListResult>(Assert.Single(direct.Lists));
        Assert.DoesNotContain("\"int\"", direct.Json);
    }

    [Theory]
    [InlineData("{ owners { name computedPet { name } } }")]
    [InlineData("{ mapOwners { name pet { name } } }")]
    public async Task Nested_objects_with_a_resolver_or_of_other_clr_types_use_the_general_completion(string operation)
    {
        var direct = await RunBothWaysAsync(operation);

        Assert.DoesNotContain("\"errors\"", direct.Json);
        Assert.IsType<ListResult>(Assert.Single(direct.Lists));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(8, true)]
    [InlineData(20, false)]
    public async Task Nested_objects_are_written_directly_to_a_bounded_depth(int depth, bool direct)
    {
        var selection = string.Concat(Enumerable.Repeat("name next { ", depth)) + "name" + new string('}', depth);
        var response = await RunBothWaysAsync("{ chains { " + selection + " } }");

        Assert.Contains("\"name\":\"link 0\"", response.Json);
        Assert.Equal(direct ? typeof(JsonListResult) : typeof(ListResult), Assert.Single(response.Lists)!.GetType());
    }

    [Fact]
    public async Task Items_of_many_clr_types_are_read_through_their_properties_fields_and_methods()
    {
        var direct = await RunBothWaysAsync("{ shapes { name size kind __typename } }");

        Assert.Equal(
            """{"data":{"shapes":[{"name":"field","size":1,"kind":"fields","__typename":"Shape"},{"name":"method","size":2,"kind":"methods","__typename":"Shape"},{"name":"base","size":3,"kind":"base","__typename":"Shape"},{"name":"base","size":4,"kind":"derived","__typename":"Shape"},{"name":"struct","size":5,"kind":"struct","__typename":"Shape"},{"name":"base","size":3,"kind":"base","__typename":"Shape"}]}}""",
            direct.Json);
        Assert.IsType<JsonListResult>(Assert.Single(direct.Lists));
    }

    [Fact]
    public async Task Compiled_writers_read_properties_fields_and_methods_as_the_general_path()
    {
        var direct = await RunBothWaysAsync("{ manyShapes { kind name size } }");

        Assert.EndsWith("""{"kind":"derived","name":"base","size":4}]}}""", direct.Json);
        Assert.IsType<JsonListResult>(Assert.Single(direct.Lists));
    }

    [Fact]
    public async Task Compiled_writers_write_runs_of_items_of_one_type_from_lists_that_are_not_arrays()
    {
        // Runs of 100 items of one CLR type and nulls between them, from a List<object>: the compiled writer of a run
        // stops at the next type or null and takes up again after it, with the commas between all of them.
        var direct = await RunBothWaysAsync("{ shapeRuns { size name } }");

        Assert.StartsWith("""{"data":{"shapeRuns":[{"size":1,"name":"field"},{"size":1,"name":"field"},""", direct.Json);
        Assert.Contains("""{"size":1,"name":"field"},{"size":2,"name":"method"},""", direct.Json, StringComparison.Ordinal);
        Assert.Contains("""{"size":4,"name":"base"},null,{"size":1,"name":"field"}""", direct.Json, StringComparison.Ordinal);
        Assert.EndsWith("""{"size":4,"name":"base"},null]}}""", direct.Json);
        Assert.IsType<JsonListResult>(Assert.Single(direct.Lists));

        // A list that cannot copy itself into an array is read item by item, to the same JSON.
        var uncopyable = await RunBothWaysAsync("{ shapeRuns: uncopyableShapeRuns { size name } }");
        Assert.Equal(direct.Json, uncopyable.Json);
        Assert.IsType<JsonListResult>(Assert.Single(uncopyable.Lists));
    }

    [Fact]
    public async Task Nested_objects_read_as_dictionaries()
    {
        var executor = await CreateAsync(direct: true, Items);
        using var result = await executor.ExecuteOperationAsync("{ owners { name pet { name toy { label } } } }");

        var list = Assert.IsType<JsonListResult>(result.Data!["owners"]);
        var pet = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[0])["pet"]);
        Assert.Equal("Rex", pet["name"]);
        Assert.Equal("ball", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(pet["toy"])["label"]);
        Assert.Null(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[1])["pet"]);
    }

    [Fact]
    public async Task A_list_written_directly_reads_as_a_list_of_dictionaries()
    {
        var executor = await CreateAsync(direct: true, Items);
        using var result = await executor.ExecuteOperationAsync("{ maybeItems { text int long float flag day color } }");

        var list = Assert.IsType<JsonListResult>(result.Data!["maybeItems"]);
        Assert.Equal(6, list.Count);
        Assert.Null(list[1]);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[0]);
        Assert.Equal(new[] { "text", "int", "long", "float", "flag", "day", "color" }, first.Keys);
        Assert.Equal(new object?[] { Items[0].Text, int.MaxValue, long.MinValue, -0.0, true, "2026-01-01", "RED" }, first.Values);
        Assert.Equal(-0.0, (double)first["float"]!);
        Assert.True(double.IsNegative((double)first["float"]!));
        Assert.Equal(list.Count, list.Cast<object?>().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[list.Count]);
    }

    [Fact]
    public async Task Results_reuse_their_buffers_without_mixing_responses()
    {
        var executor = await CreateAsync(direct: true, Items);
        var expected = await executor.RunAsync("{ items { text float } }");

        for (var i = 0; i < 3; i++)
        {
            using var first = await executor.ExecuteOperationAsync("{ items { text float } }");
            using var second = await executor.ExecuteOperationAsync("{ many { int } }");
            Assert.Equal(expected, first.ToJson());
            Assert.StartsWith("""{"data":{"many":[{"int":0},{"int":1},""", second.ToJson());
        }
    }

    /// <summary>Runs the operation with direct writing on and off, checks that both give the same, and returns the first.</summary>
    private static async Task<Response> RunBothWaysAsync(string operation, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var direct = await RunAsync(await CreateAsync(direct: true, Items), operation, variables);
        var general = await RunAsync(await CreateAsync(direct: false, Items), operation, variables);
        Assert.Equal(general.Json, direct.Json);
        Assert.Equal(general.Values, direct.Values);
        Assert.DoesNotContain(general.Lists, list => list is JsonListResult);
        return direct;
    }

    private static async Task<Response> RunAsync(IRequestExecutor executor, string operation, IReadOnlyDictionary<string, object?>? variables)
    {
        using var result = await executor.ExecuteOperationAsync(operation, variables);
        var lists = result.Data?.Values.Where(value => value is IReadOnlyList<object?>).ToArray() ?? [];
        return new Response(result.ToJson(), Describe(result.Data), lists, result.Data?.Values.FirstOrDefault());
    }

    /// <summary>The data as text that names the CLR type of every leaf, so that equal texts mean equal values of equal types.</summary>
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();

        static void Append(StringBuilder text, object? value)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    text.Append('{');
                    foreach (var (key, entry) in map)
                    {
                        text.Append(key).Append(':');
                        Append(text, entry);
                        text.Append(',');
                    }

                    text.Append('}');
                    break;
                case IEnumerable items and not string:
                    text.Append('[');
                    foreach (var item in items)
                    {
                        Append(text, item);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                case double number:
                    text.Append("Double:").Append(number.ToString("R", CultureInfo.InvariantCulture)).Append(double.IsNegative(number) ? "(negative)" : string.Empty);
                    break;
                default:
                    text.Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    private static Task<IRequestExecutor> CreateAsync(bool direct, Item[] items) =>
        TestExecutor.CreateAsync(Sdl, b => b
            .ConfigureSchema(s => s.AddType(ColorEnum()))
            .ModifyRequestOptions(o => o.WriteFlatListsDirectly = direct)
            .BindPureResolver("Query", "items", _ => items)
            .BindPureResolver("Query", "maybeItems", _ => new Item?[] { items[0], null, items[2], items[3], items[4], items[5] })
            .BindPureResolver("Query", "strictItems", _ => new List<Item?>
            {
                items[0],
                items[1] with { MaybeText = null, Text = null! },
                items[2] with { Float = double.NaN },
                items[3] with { Color = (Color)9, Status = "CLOSED" },
                null,
            })
            .BindPureResolver("Query", "item", _ => items[0])
            .BindPureResolver("Query", "mixed", _ => new object[]
            {
                items[0],
                new ItemView(items[1].Text, 7),
                new Dictionary<string, object?> { ["text"] = "from a map", ["int"] = 8 },
                new Dictionary<string, object?> { ["text"] = null, ["int"] = 9 },
            })
            .BindPureResolver("Query", "throwing", _ => new[] { new Thrower(1), new Thrower(2) })
            .BindPureResolver("Query", "lonely", _ => new[] { items[2], items[0] with { MaybeText = "lone \uD800 surrogate" } })
            .BindPureResolver("Query", "owners", _ => Owners)
            .BindPureResolver("Query", "strayOwners", _ => new[] { Owners[0], Owners[1] with { StrictPet = null! }, Owners[2] with { Pet = new Pet("Nameless", 1, null) { Name = null! } } })
            .BindPureResolver("Query", "mapOwners", _ => new[] { Owners[0], Owners[1] with { Pet = new Dictionary<string, object?> { ["name"] = "Map" } } })
            .BindPureResolver("Owner", "computedPet", c => c.Parent<Owner>().StrictPet)
            .BindPureResolver("Query", "chains", _ => new[] { Chain(0, 30), Chain(100, 2) })
            .BindPureResolver("Query", "shapes", _ => new object[] { new FieldShape(), new MethodShape(), new BaseShape(), new DerivedShape(), new StructShape("struct", 5, "struct"), new BaseShape() })
            .BindPureResolver("Query", "manyShapes", _ => Enumerable.Range(0, ManyItems * 4).Select(i => (i % 4) switch
            {
                0 => new FieldShape(),
                1 => new MethodShape(),
                2 => new BaseShape(),
                _ => (object)new DerivedShape(),
            }).ToArray())
            .BindPureResolver("Query", "shapeRuns", _ => ShapeRuns())
            .BindPureResolver("Query", "uncopyableShapeRuns", _ => new UncopyableList(ShapeRuns()))
            .BindPureResolver("Query", "many", _ => Enumerable.Range(0, ManyItems).Select(Create).ToArray())
            .BindPureResolver("Query", "manyVaried", _ => Enumerable.Range(0, ManyItems).Select(i => i % 1_000 == 999 ? null : items[i % items.Length]).ToArray())
            .BindPureResolver("Query", "manyStrict", c => Enumerable.Range(0, ManyItems).Select(Create).Append(Strict(c.ArgumentValue<int>("case"))).ToArray()));

    // Runs of 100 objects of one CLR type, the last of every fourth run a null.
    private static List<object?> ShapeRuns() => Enumerable.Range(0, ManyItems * 4).Select(i => i % 400 == 399 ? null : (i / 100 % 4) switch
    {
        0 => new FieldShape(),
        1 => new MethodShape(),
        2 => new BaseShape(),
        _ => (object)new DerivedShape(),
    }).ToList();

    // One item that a compiled writer must hand back to the general completion, after the list's first ManyItems.
    private static Item Strict(int which) => which switch
    {
        0 => Create(0) with { Text = null! },
        1 => Create(1) with { Float = double.PositiveInfinity },
        2 => Create(2) with { Color = (Color)9 },
        3 => Create(3) with { Status = "CLOSED" },
        _ => Create(4) with { MaybeText = "lone \uDC00 surrogate" },
    };

    private static Item Create(int index) => new(
        Text: $"Item {index}", MaybeText: index % 3 == 0 ? null : $"maybe {index}", IntId: index, LongId: index * 10_000_000_000L,
        GuidId: new Guid(index, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), StringId: $"item-{index}", Int: index, MaybeInt: index % 2 == 0 ? index : null,
        Long: index * -3L, Float: index + 0.5, MaybeFloat: index % 2 == 0 ? null : index / 100d, Flag: index % 2 == 0, MaybeFlag: index % 3 == 0 ? null : index % 3 == 1,
        At: new DateTimeOffset(2026, 3, 29, 1, 30, index % 60, 123, TimeSpan.FromMinutes(index % 2 == 0 ? 60 : -570)),
        UtcAt: new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddDays(index), UnspecifiedAt: new DateTime(999, 12, 31, 23, 59, 59, 999).AddHours(index),
        MaybeAt: index % 2 == 0 ? null : new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), Day: new DateOnly(2026, 1, 1).AddDays(index),
        Uuid: new Guid(index, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0), Status: index % 2 == 0 ? "OPEN" : "FULL", Color: (Color)(index % 2), MaybeColor: index % 3 == 0 ? null : Color.Red);

    private static EnumTypeConfiguration ColorEnum()
    {
        var configuration = new EnumTypeConfiguration("Color") { RuntimeType = typeof(Color) };
        configuration.Values.Add(new EnumValueConfiguration("RED", Color.Red));
        configuration.Values.Add(new EnumValueConfiguration("GREEN", Color.Green));
        return configuration;
    }

    // More than a writer writes before it is compiled: the list is written partly interpreted, partly compiled.
    private const int ManyItems = 10_500;

    private static readonly Owner[] Owners =
    [
        new("Ann", new Pet("Rex", 3, new Toy("ball")), new Pet("Tom", 2, null)),
        new("Bob", null, new Pet("Kit \"the cat\"", 1, new Toy(null))),
        new("Cy", new Pet("Émile", int.MaxValue, null), new Pet(string.Empty, 0, new Toy("rope"))),
    ];

    private sealed class FieldShape
    {
#pragma warning disable CA1051 // Public fields are what this test reads.
        public string Name = "field";
        public int Size = 1;
        public string Kind = "fields";
#pragma warning restore CA1051
    }

    // A list that reads item by item only (as some lazy or remote lists do).
    private sealed class UncopyableList(ICollection items) : ArrayList(items)
    {
        public override void CopyTo(Array array, int arrayIndex) => throw new NotSupportedException("Read item by item.");
    }

    private sealed class MethodShape
    {
        public string GetName() => "method";

        public int Size() => 2;

        public string Kind() => "methods";
    }

    private class BaseShape
    {
        public string Name => "base";

        public virtual int Size => 3;

        public string Kind => "base";
    }

    private sealed class DerivedShape : BaseShape
    {
        public override int Size => 4;

        public new string Kind => "derived";
    }

    private readonly record struct StructShape(string Name, int Size, string Kind);

    private static Link Chain(int first, int length) =>
        new($"link {first}", length > 1 ? Chain(first + 1, length - 1) : null);

    private sealed record Link(string Name, Link? Next);

    private sealed record Owner(string Name, object? Pet, Pet StrictPet);

    private sealed record Pet(string Name, int Age, Toy? Toy);

    private sealed record Toy(string? Label);

    private sealed record Response(string Json, string Values, object?[] Lists, object? First);

    private sealed record Item(
        string Text, string? MaybeText, int IntId, long LongId, Guid GuidId, string StringId, int Int, int? MaybeInt, long Long,
        double Float, double? MaybeFloat, bool Flag, bool? MaybeFlag, DateTimeOffset At, DateTime UtcAt, DateTime UnspecifiedAt,
        DateTimeOffset? MaybeAt, DateOnly Day, Guid Uuid, string Status, Color Color, Color? MaybeColor);

    /// <summary>Another CLR type for the same GraphQL type, with typed readers of its own.</summary>
    private sealed class ItemView(string text, int number)
    {
        public string Text => text;

        public int Int => number;
    }

    private sealed class Thrower(int ok)
    {
        public int Count => throw new InvalidOperationException("getter failed");

        public int Ok => ok;
    }
}
