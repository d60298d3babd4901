using System.Security.Claims;
using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>A request's user given as a provider is read once, on first use, and not at all when nothing asks.</summary>
public sealed class RequestUserTests
{
    private const string Sdl = "type Query { name: String plain: String }";

    [Fact]
    public async Task The_provider_is_not_asked_when_no_resolver_reads_the_user()
    {
        var provider = new CountingUserProvider("Ada");
        var executor = await CreateAsync();

        using var result = await executor.ExecuteOperationAsync(Request("{ plain }", provider));

        Assert.Equal("""{"data":{"plain":"plain"}}""", result.ToJson());
        Assert.Equal(0, provider.Calls);
    }

    [Fact]
    public async Task The_provider_is_asked_once_however_many_resolvers_read_the_user()
    {
        var provider = new CountingUserProvider("Ada");
        var executor = await CreateAsync();

        using var result = await executor.ExecuteOperationAsync(Request("{ a: name b: name c: name }", provider));

        Assert.Equal("""{"data":{"a":"Ada","b":"Ada","c":"Ada"}}""", result.ToJson());
        Assert.Equal(1, provider.Calls);
    }

    [Fact]
    public void A_user_set_after_a_provider_replaces_it()
    {
        var provider = new CountingUserProvider("Ada");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "Grace")], "test"));

        var request = OperationRequestBuilder.New().SetDocument("{ name }").SetUserProvider(provider).SetUser(user).Build();

        Assert.Same(user, request.User);
        Assert.Equal(0, provider.Calls);
    }

    private static OperationRequest Request(string document, IRequestUserProvider provider) =>
        OperationRequestBuilder.New().SetDocument(document).SetUserProvider(provider).Build();

    private static Task<IRequestExecutor> CreateAsync() =>
        TestExecutor.CreateAsync(Sdl, b => b
            .BindPureResolver("Query", "name", static context => context.User?.Identity?.Name)
            .BindPureResolver("Query", "plain", static _ => "plain"));

    private sealed class CountingUserProvider(string name) : IRequestUserProvider
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ClaimsPrincipal? GetUser()
        {
            Interlocked.Increment(ref _calls);
            return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));
        }
    }
}
