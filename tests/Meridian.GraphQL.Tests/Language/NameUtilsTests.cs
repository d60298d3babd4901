using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class NameUtilsTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("_", true)]
    [InlineData("__typename", true)]
    [InlineData("camelCase9_", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("9lives", false)]
    [InlineData("with-dash", false)]
    [InlineData("with space", false)]
    [InlineData("café", false)]
    public void Validates_names(string? name, bool valid) => Assert.Equal(valid, NameUtils.IsValidName(name));

    [Fact]
    public void Reserved_names_start_with_two_underscores()
    {
        Assert.True(NameUtils.IsReservedName("__Type"));
        Assert.False(NameUtils.IsReservedName("_Type"));
    }

    [Fact]
    public void Ensure_throws_for_invalid_names()
    {
        Assert.Equal("ok", NameUtils.EnsureValidName("ok"));
        var error = Assert.Throws<ArgumentException>(() => NameUtils.EnsureValidName("not ok", "fieldName"));
        Assert.Equal("fieldName", error.ParamName);
    }
}
