using System.Text.Json;

namespace Meridian.GraphQL.CodeFirst.Tests.Relay;

/// <summary>The Node interface, node/nodes, and [ID] on outputs, arguments and input fields of the library schema.</summary>
public sealed class GlobalObjectIdentificationTests
{
    [Fact]
    public async Task Node_types_expose_opaque_ids_and_node_refetches_them()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"data":{"book":{"id":"Qm9vazox","author":{"id":"QXV0aG9yOjE="}},"node":{"__typename":"Book","title":"The Dispossessed"},"author":{"__typename":"Author","name":"Stanisław Lem"}}}""",
            await executor.RunAsync("""
                { book(id: 1) { id author { id } }
                  node(id: "Qm9vazox") { __typename ... on Book { title } }
                  author: node(id: "QXV0aG9yOjI=") { __typename ... on Author { name } } }
                """));
    }

    [Fact]
    public async Task Nodes_resolves_ids_of_several_types_in_order_and_null_for_missing_keys()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"data":{"nodes":[{"id":"Qm9vazoz"},{"id":"QXV0aG9yOjI="},null]}}""",
            await executor.RunAsync("""{ nodes(ids: ["Qm9vazoz", "QXV0aG9yOjI=", "Qm9vazo5OQ=="]) { id } }"""));
    }

    [Fact]
    public async Task Nodes_refuses_more_ids_than_the_batch_limit()
    {
        var executor = await LibrarySchema.CreateAsync(b => b.AddGlobalObjectIdentification(o => o.MaxAllowedNodeBatchSize = 2));
        using var document = JsonDocument.Parse(await executor.RunAsync("""{ nodes(ids: ["Qm9vazox", "Qm9vazoz", "Qm9vazo0"]) { id } }"""));
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("NODE_BATCH_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The maximum number of nodes that can be fetched at once is 2; 3 were requested.", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Node_with_an_id_of_a_type_that_is_not_a_node_is_NODE_ID_INVALID()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"errors":[{"message":"The ID \"TWFnYXppbmU6MQ==\" names the type \"Magazine\", which is not a node type of this schema.","locations":[{"line":1,"column":3}],"path":["node"],"extensions":{"code":"NODE_ID_INVALID"}}],"data":{"node":null}}""",
            await executor.RunAsync("""{ node(id: "TWFnYXppbmU6MQ==") { id } }"""));
    }

    [Fact]
    public async Task Id_arguments_decode_to_keys_and_check_their_type()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal("""{"data":{"authorById":{"name":"Stanisław Lem"}}}""", await executor.RunAsync("""{ authorById(id: "QXV0aG9yOjI=") { name } }"""));
        Assert.Equal(
            """{"errors":[{"message":"The ID \"Qm9vazox\" belongs to type \"Book\", but an ID of type \"Author\" was expected.","locations":[{"line":1,"column":3}],"path":["authorById"],"extensions":{"code":"NODE_ID_INVALID"}}],"data":{"authorById":null}}""",
            await executor.RunAsync("""{ authorById(id: "Qm9vazox") { name } }"""));
        Assert.Equal(
            """{"errors":[{"message":"The ID \"42\" is not a valid node ID.","locations":[{"line":1,"column":3}],"path":["authorById"],"extensions":{"code":"NODE_ID_INVALID"}}],"data":{"authorById":null}}""",
            await executor.RunAsync("""{ authorById(id: 42) { name } }"""));
    }

    [Fact]
    public async Task Id_input_fields_decode_and_check_their_type()
    {
        var executor = await LibrarySchema.CreateAsync();
        var request = OperationRequestBuilder.New()
            .SetDocument("""mutation { addBook(input: { title: "Fiasco", authorId: "QXV0aG9yOjI=", genre: SCIENCE_FICTION, publishedOn: "1986-01-01" }) { book { id title author { name } } } }""")
            .SetUser(Users.Librarian)
            .Build();
        Assert.Equal(
            """{"data":{"addBook":{"book":{"id":"Qm9vazo1","title":"Fiasco","author":{"name":"Stanisław Lem"}}}}}""",
            await executor.RunAsync(request));

        var wrongType = OperationRequestBuilder.New()
            .SetDocument("""mutation { addBook(input: { title: "Fiasco", authorId: "Qm9vazox", genre: SCIENCE_FICTION, publishedOn: "1986-01-01" }) { book { id } } }""")
            .SetUser(Users.Librarian)
            .Build();
        Assert.Equal(
            """{"errors":[{"message":"The ID \"Qm9vazox\" belongs to type \"Book\", but an ID of type \"Author\" was expected.","locations":[{"line":1,"column":12}],"path":["addBook"],"extensions":{"code":"NODE_ID_INVALID"}}],"data":null}""",
            await executor.RunAsync(wrongType));
    }
}
