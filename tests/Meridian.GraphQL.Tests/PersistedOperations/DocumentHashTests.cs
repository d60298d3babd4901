using Meridian.PersistedOperations;

namespace Meridian.GraphQL.Tests.PersistedOperations;

public sealed class DocumentHashTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("é", "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c")]
    [InlineData("query { slot(id: \"ü\") { id } }", "c91957c017b26bd031e75d026a505acf17b16d3c9b3e4b9fee05baabf42e036c")]
    public void The_hash_is_lowercase_hex_sha256_of_the_utf8_text(string document, string expected) =>
        Assert.Equal(expected, DocumentHash.ComputeSha256Hex(document));

    [Fact]
    public void Long_documents_hash_the_same_way()
    {
        Assert.Equal(
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
            DocumentHash.ComputeSha256Hex(new string('a', 1_000_000)));
    }

    [Fact]
    public void A_hash_matches_its_document_in_either_case()
    {
        Assert.True(DocumentHash.Matches("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", "abc"));
        Assert.False(DocumentHash.Matches("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "abd"));
        Assert.False(DocumentHash.Matches("ba7816bf", "abc"));
        Assert.False(DocumentHash.Matches(null, "abc"));
    }

    [Fact]
    public void The_id_of_a_document_is_its_hash() =>
        Assert.Equal(
            new OperationDocumentId("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            DocumentHash.ComputeId("abc"));
}
