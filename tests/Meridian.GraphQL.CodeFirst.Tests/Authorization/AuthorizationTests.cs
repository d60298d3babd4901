using System.Security.Claims;
using System.Text.Json;
using Meridian.Errors;
using Meridian.GraphQL.CodeFirst.Tests.Library;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using AuthorizeAttribute = Meridian.CodeFirst.AuthorizeAttribute;

namespace Meridian.GraphQL.CodeFirst.Tests.Authorization;

/// <summary>@authorize evaluated with ASP.NET Core's authorization services and real policies.</summary>
public sealed class AuthorizationTests
{
    private static OperationRequest As(ClaimsPrincipal? user, string document) =>
        OperationRequestBuilder.New().SetDocument(document).SetUser(user).Build();

    private static async Task<(string? Code, string Json)> RunAsync(IRequestExecutor executor, ClaimsPrincipal? user, string document)
    {
        var json = await executor.RunAsync(As(user, document));
        using var parsed = JsonDocument.Parse(json);
        var code = parsed.RootElement.TryGetProperty("errors", out var errors)
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;
        return (code, json);
    }

    [Fact]
    public async Task Roles_require_an_authenticated_user_in_one_of_the_roles()
    {
        var executor = await LibrarySchema.CreateAsync();
        const string query = "{ loans { member } }";
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await RunAsync(executor, null, query)).Code);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await RunAsync(executor, Users.Anonymous, query)).Code);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await RunAsync(executor, Users.Visitor, query)).Code);
        Assert.Equal((null, """{"data":{"loans":[]}}"""), await RunAsync(executor, Users.Librarian, query));
    }

    [Fact]
    public async Task A_denied_field_is_an_error_with_the_field_nulled_by_null_propagation()
    {
        var executor = await LibrarySchema.CreateAsync();
        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":3}],"path":["loans"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":null}""",
            (await RunAsync(executor, Users.Visitor, "{ loans { member } }")).Json);
    }

    [Fact]
    public async Task Named_policies_are_evaluated_with_the_authorization_service()
    {
        var executor = await LibrarySchema.CreateAsync(out var data);
        var loan = new Loan { Id = Guid.NewGuid(), BookId = 1, Member = "bob" };
        data.Loans.Add(loan);
        var document = $$"""mutation { returnBook(input: { loanId: "{{loan.Id}}" }) { loan { status } } }""";
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await RunAsync(executor, Users.Visitor, document)).Code);
        Assert.Equal(LoanStatus.Active, loan.Status);
        Assert.Equal((null, """{"data":{"returnBook":{"loan":{"status":"RETURNED"}}}}"""), await RunAsync(executor, Users.Member, document));
        Assert.Equal(LoanStatus.Returned, loan.Status);
    }

    [Fact]
    public async Task Type_level_authorization_covers_every_field_except_those_allowing_anonymous_access()
    {
        var executor = await LibrarySchema.CreateAsync();
        var (_, json) = await RunAsync(executor, null, """mutation { lendBook(input: { bookId: "Qm9vazox", member: "bob" }) { loan { dueOn } } }""");
        Assert.Equal("""{"data":{"lendBook":{"loan":{"dueOn":"2026-12-12"}}}}""", json);

        (_, json) = await RunAsync(executor, null, """mutation { lendBook(input: { bookId: "Qm9vazoz", member: "bob" }) { loan { dueOn member } } }""");
        Assert.Equal(
            """{"errors":[{"message":"The current user is not authorized to access this resource.","locations":[{"line":1,"column":82}],"path":["lendBook","loan","member"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"lendBook":{"loan":null}}}""",
            json);
    }

    [Fact]
    public async Task After_resolver_policies_see_the_result()
    {
        var executor = await LibrarySchema.CreateFromAsync(
            b => b.AddQueryType<SecretQuery>().AddAuthorization(),
            s => s.AddSingleton<IAuthorizationHandler, NotTopSecretHandler>()
                .AddAuthorization(o => o.AddPolicy("NotTopSecret", p => p.AddRequirements(new NotTopSecretRequirement()))));
        Assert.Equal("""{"data":{"note":"lunch at noon"}}""", (await RunAsync(executor, Users.Visitor, """{ note(text: "lunch at noon") }""")).Json);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await RunAsync(executor, Users.Visitor, """{ note(text: "top secret plans") }""")).Code);
        Assert.Contains("note(text: String!): String @authorize(policy: \"NotTopSecret\", apply: AFTER_RESOLVER)", executor.Schema.ToString());
    }

    [Fact]
    public async Task Unknown_policies_are_errors_with_their_own_code()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<MisconfiguredQuery>().AddAuthorization());
        var (code, json) = await RunAsync(executor, Users.Visitor, "{ secret }");
        Assert.Equal("AUTH_POLICY_NOT_FOUND", code);
        Assert.Contains("The authorization policy \\u0022Missing\\u0022 does not exist.".Replace("\\u0022", "\\\"", StringComparison.Ordinal), json);
    }

    [Fact]
    public async Task Authorize_attributes_without_AddAuthorization_are_a_schema_error()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(() => LibrarySchema.CreateFromAsync(b => b.AddQueryType<MisconfiguredQuery>()));
        Assert.Equal(
            "Query.secret requires authorization, but authorization is not enabled; call AddAuthorization() on the GraphQL builder.",
            Assert.Single(exception.Errors).Message);
    }

    public sealed class SecretQuery
    {
        [Authorize("NotTopSecret", Apply = ApplyPolicy.AfterResolver)]
        public string? Note(string text) => text;
    }

    public sealed class MisconfiguredQuery
    {
        [Authorize("Missing")]
        public string Secret => "x";
    }

    private sealed class NotTopSecretRequirement : IAuthorizationRequirement;

    private sealed class NotTopSecretHandler : AuthorizationHandler<NotTopSecretRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, NotTopSecretRequirement requirement)
        {
            if (context.Resource is string text && !text.Contains("top secret", StringComparison.Ordinal))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
