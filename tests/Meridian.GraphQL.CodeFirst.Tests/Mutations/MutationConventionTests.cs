using System.Text.Json;

namespace Meridian.GraphQL.CodeFirst.Tests.Mutations;

/// <summary>Errors as data: payloads, declared errors in the error union, unexpected exceptions as top-level errors.</summary>
public sealed class MutationConventionTests
{
    private static OperationRequest AsMember(string document) =>
        OperationRequestBuilder.New().SetDocument(document).SetUser(Users.Member).Build();

    [Fact]
    public async Task The_result_is_wrapped_in_the_payload_and_errors_are_null()
    {
        var executor = await LibrarySchema.CreateAsync(out var data);
        var json = await executor.RunAsync(AsMember("""mutation { lendBook(input: { bookId: "Qm9vazox", member: "bob" }) { loan { bookId member dueOn status } errors { __typename } } }"""));
        Assert.Equal("""{"data":{"lendBook":{"loan":{"bookId":"Qm9vazox","member":"bob","dueOn":"2026-12-12","status":"ACTIVE"},"errors":null}}}""", json);
        Assert.Single(data.Loans);
    }

    [Fact]
    public async Task Declared_exceptions_become_error_objects_of_the_error_union()
    {
        var executor = await LibrarySchema.CreateAsync(out var data);
        await executor.RunAsync(AsMember("""mutation { lendBook(input: { bookId: "Qm9vazox", member: "bob" }) { loan { member } } }"""));
        Assert.Equal(
            """{"data":{"again":{"loan":null,"errors":[{"__typename":"BookNotAvailableError","message":"The book 1 is lent out.","bookId":"Qm9vazox"}]},"blocked":{"loan":null,"errors":[{"__typename":"MemberBlockedError","message":"mallory may not borrow books.","member":"mallory"}]}}}""",
            await executor.RunAsync(AsMember("""
                mutation {
                  again: lendBook(input: { bookId: "Qm9vazox", member: "carol" }) { loan { member } errors { __typename ... on Error { message } ... on BookNotAvailableError { bookId } } }
                  blocked: lendBook(input: { bookId: "Qm9vazoz", member: "mallory" }) { loan { member } errors { __typename ... on Error { message } ... on MemberBlockedError { member } } }
                }
                """)));
        Assert.Single(data.Loans);
    }

    [Fact]
    public async Task Undeclared_exceptions_stay_top_level_errors_with_a_code()
    {
        var executor = await LibrarySchema.CreateAsync();
        using var document = JsonDocument.Parse(await executor.RunAsync(AsMember("""mutation { lendBook(input: { bookId: "Qm9vazo5OQ==", member: "bob" }) { loan { member } } }""")));
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNEXPECTED_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("lendBook", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Mutations_opted_out_keep_their_arguments_and_result()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal("""{"data":{"ping":true}}""", await executor.RunAsync("mutation { ping }"));
    }

    [Fact]
    public async Task Conventions_apply_only_to_marked_mutations_when_not_applied_to_all()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddMutationType<OptInMutations>().AddQueryType<OptInMutations.Query>().AddMutationConventions(applyToAllMutations: false));
        var sdl = executor.Schema.ToString();
        Assert.Contains("double(value: Int!): Int!", sdl);
        Assert.Contains("triple(input: TripleInput!): TriplePayload!", sdl);
        Assert.Equal("""{"data":{"double":4,"triple":{"int":6}}}""", await executor.RunAsync("mutation { double(value: 2) triple(input: { value: 2 }) { int } }"));
    }

    public sealed class OptInMutations
    {
        public int Double(int value) => value * 2;

        [UseMutationConvention]
        public int Triple(int value) => value * 3;

        public sealed class Query
        {
            public string Hello => "world";
        }
    }
}
