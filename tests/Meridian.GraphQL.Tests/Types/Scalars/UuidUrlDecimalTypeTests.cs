using Meridian.Types;
using static Meridian.GraphQL.Tests.Types.Scalars.ScalarAssert;

namespace Meridian.GraphQL.Tests.Types.Scalars;

public sealed class UuidUrlDecimalTypeTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private readonly UuidType _uuid = new();
    private readonly UrlType _url = new();
    private readonly DecimalType _decimal = new();

    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("3F2504E0-4F89-11D3-9A0C-0305E82C3301")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}")]
    public void Uuid_reads_any_guid_format(string text) => Assert.Equal(Id, ParseLiteral(_uuid, $"\"{text}\""));

    [Fact]
    public void Uuid_writes_format_d()
    {
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", _uuid.Serialize(Id));
        LiteralFails(_uuid, "\"not-a-uuid\"", "UUID cannot represent an invalid UUID string: \"not-a-uuid\"");
        SerializeFails(_uuid, "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "UUID cannot represent value: \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"");
        Assert.Equal("https://tools.ietf.org/html/rfc4122", _uuid.SpecifiedBy);
    }

    [Fact]
    public void Url_reads_absolute_and_root_relative_urls()
    {
        Assert.Equal(new Uri("https://example.com/a?b=1"), ParseLiteral(_url, "\"https://example.com/a?b=1\""));
        var relative = (Uri)_url.ParseValue("/bookings/1")!;
        Assert.False(relative.IsAbsoluteUri);
        Assert.Equal("/bookings/1", _url.Serialize(relative));
        Assert.Equal("https://example.com/a?b=1", _url.Serialize(new Uri("https://example.com/a?b=1")));
        LiteralFails(_url, "\"bookings/1\"", "URL cannot represent an invalid URL: \"bookings/1\"");
        Assert.Equal("https://tools.ietf.org/html/rfc3986", _url.SpecifiedBy);
    }

    [Fact]
    public void Decimal_keeps_exact_digits()
    {
        Assert.Equal(1.10m, ParseLiteral(_decimal, "1.10"));
        Assert.Equal("1.10", ((decimal)ParseLiteral(_decimal, "1.10")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(42m, ParseLiteral(_decimal, "42"));
        Assert.Equal(0.1m, _decimal.ParseValue(0.1));
        Assert.Equal(5m, _decimal.ParseValue(5L));
        Assert.Equal(19.99m, _decimal.Serialize(19.99m));
        Assert.Equal("19.99", PrintLiteral(_decimal, 19.99m));
        Assert.Equal("20", PrintLiteral(_decimal, 20m));
    }

    [Fact]
    public void Decimal_rejects_values_it_cannot_hold()
    {
        LiteralFails(_decimal, "1e400", "Decimal cannot represent value outside the decimal range: 1e400");
        LiteralFails(_decimal, "\"1\"", "Decimal cannot represent non numeric value: \"1\"");
        ValueFails(_decimal, double.NaN, "Decimal cannot represent non numeric value: NaN");
        ValueFails(_decimal, 1e300, "Decimal cannot represent value outside the decimal range: 1e+300");
    }
}
