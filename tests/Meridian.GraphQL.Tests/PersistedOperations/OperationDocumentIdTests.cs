using Meridian.PersistedOperations;

namespace Meridian.GraphQL.Tests.PersistedOperations;

public sealed class OperationDocumentIdTests
{
    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("GetSlots_v2-Relay")]
    [InlineData("a")]
    public void Hashes_and_relay_style_ids_are_accepted(string value)
    {
        Assert.True(OperationDocumentId.TryParse(value, out var id));
        Assert.Equal(value, id.Value);
        Assert.Equal(value, new OperationDocumentId(value).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    [InlineData("../etc/passwd")]
    [InlineData("..\\..\\windows")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    [InlineData("C:evil")]
    [InlineData("id.graphql")]
    [InlineData("nul\0byte")]
    [InlineData("line\nbreak")]
    [InlineData("ünicode")]
    [InlineData("%2e%2e")]
    public void Ids_that_could_escape_a_folder_or_a_key_are_rejected(string? value)
    {
        Assert.False(OperationDocumentId.TryParse(value, out var id));
        Assert.True(id.IsEmpty);
        if (value is not null)
        {
            Assert.Throws<ArgumentException>(() => new OperationDocumentId(value));
        }
    }

    [Fact]
    public void Ids_have_a_length_limit()
    {
        Assert.True(OperationDocumentId.IsValid(new string('a', OperationDocumentId.MaxLength)));
        Assert.False(OperationDocumentId.IsValid(new string('a', OperationDocumentId.MaxLength + 1)));
    }

    [Fact]
    public void Ids_compare_by_value() =>
        Assert.Equal(new OperationDocumentId("abc"), new OperationDocumentId(string.Concat("a", "bc")));
}
