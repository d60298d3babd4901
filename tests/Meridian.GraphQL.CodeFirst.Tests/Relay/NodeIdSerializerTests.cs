using Meridian.Errors;

namespace Meridian.GraphQL.CodeFirst.Tests.Relay;

/// <summary>IDs in Hot Chocolate v14's format: base64 of <c>TypeName:key</c>, the key written by its type.</summary>
public sealed class NodeIdSerializerTests
{
    private static readonly NodeIdSerializer Serializer = NodeIdSerializer.Default;

    [Theory]
    [InlineData("Foo", "abc", "Rm9vOmFiYw==")]
    [InlineData("Book", 1, "Qm9vazox")]
    [InlineData("Author", 2, "QXV0aG9yOjI=")]
    [InlineData("Book", 99L, "Qm9vazo5OQ==")]
    public void Keys_are_written_as_hot_chocolate_writes_them(string typeName, object key, string expected)
    {
        Assert.Equal(expected, Serializer.Format(typeName, key));
    }

    [Fact]
    public void Short_keys_are_decimal_text()
    {
        Assert.Equal("Rm9vOjY=", Serializer.Format("Foo", (short)6));
        Assert.Equal(new NodeId("Foo", (short)6), Serializer.Parse("Rm9vOjY=", typeof(short)));
    }

    [Fact]
    public void Guid_keys_are_their_sixteen_bytes_and_text_forms_are_accepted_too()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal("Qm9vazpbrY8Py9mfRqFlcIZ3KJUO", Serializer.Format("Book", guid));
        Assert.Equal(new NodeId("Book", guid), Serializer.Parse("Qm9vazpbrY8Py9mfRqFlcIZ3KJUO", typeof(Guid)));
        Assert.Equal(guid, Serializer.Parse(Convert.ToBase64String("Book:0f8fad5bd9cb469fa16570867728950e"u8.ToArray()), typeof(Guid)).Key);
        Assert.Equal(guid, Serializer.Parse(Convert.ToBase64String("Book:0f8fad5b-d9cb-469f-a165-70867728950e"u8.ToArray()), typeof(Guid?)).Key);
    }

    [Theory]
    [InlineData("Qm9vazox", typeof(int), 1)]
    [InlineData("Qm9vazo5OQ==", typeof(long), 99L)]
    [InlineData("Qm9vazo5OQ", typeof(long), 99L)]
    [InlineData("Qm9vazphYmM=", typeof(string), "abc")]
    public void Ids_parse_to_typed_keys_with_or_without_padding(string id, Type keyType, object expected)
    {
        var parsed = Serializer.Parse(id, keyType);
        Assert.Equal("Book", parsed.TypeName);
        Assert.Equal(expected, parsed.Key);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("Qm9vaw==")]
    [InlineData("")]
    [InlineData("Qm9vazphYmM=")]
    public void Malformed_ids_and_keys_of_the_wrong_type_are_NODE_ID_INVALID(string id)
    {
        var exception = Assert.Throws<GraphQLException>(() => Serializer.Parse(id, typeof(int)));
        var error = Assert.Single(exception.Errors);
        Assert.Equal("NODE_ID_INVALID", error.Code);
        Assert.Equal($"The ID \"{id}\" is not a valid node ID.", error.Message);
    }
}
