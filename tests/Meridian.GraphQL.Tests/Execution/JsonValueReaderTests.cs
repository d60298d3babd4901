using System.Text;
using System.Text.Json;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class JsonValueReaderTests
{
    [Fact]
    public void Reads_external_values_in_the_engine_shapes()
    {
        var value = (IReadOnlyDictionary<string, object?>)JsonValueReader.Read(Encoding.UTF8.GetBytes(
            """{"i":42,"big":12345678901234567890,"d":1.5,"e":1e400,"s":"x","b":true,"n":null,"l":[1,"a"],"o":{"z":1,"a":2}}"""))!;
        Assert.Equal(42L, value["i"]);
        Assert.Equal(12345678901234567890m, value["big"]);
        Assert.Equal(1.5m, value["d"]);
        Assert.Equal("x", value["s"]);
        Assert.Equal(true, value["b"]);
        Assert.Null(value["n"]);
        Assert.Equal(new object?[] { 1L, "a" }, (IReadOnlyList<object?>)value["l"]!);
        Assert.Equal(["z", "a"], ((IReadOnlyDictionary<string, object?>)value["o"]!).Keys);
        Assert.True(value.ContainsKey("e"));
    }

    [Fact]
    public void Reads_from_json_elements_the_same_way()
    {
        using var document = JsonDocument.Parse("""{"i":1,"l":[{"a":2.25}]}""");
        var value = (IReadOnlyDictionary<string, object?>)JsonValueReader.Read(document.RootElement)!;
        Assert.Equal(1L, value["i"]);
        Assert.Equal(2.25m, ((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)value["l"]!)[0]!)["a"]);
    }

    [Fact]
    public void Rejects_trailing_data_and_non_objects_for_variables()
    {
        Assert.ThrowsAny<JsonException>(() => JsonValueReader.Read("1 2"u8));
        Assert.Throws<JsonException>(() => JsonValueReader.ReadObject("[1]"u8));
        Assert.Null(JsonValueReader.ReadObject("null"u8));
    }
}
