using Meridian.Execution;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class FieldPipelineTests
{
    private const string Sdl = """
        type Query { greeting: String pure: String slow: String inherited: String plain: String }
        interface Greeter { inherited: String }
        type Person implements Greeter { inherited: String name: String }
        type Subscription { ticks: Int named: String }
        """;

    [Fact]
    public async Task Runs_bound_async_and_pure_resolvers()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindResolver("Query", "slow", async context =>
            {
                await Task.Yield();
                return "slow " + context.Parent<string>();
            })
            .BindPureResolver("Query", "pure", context => "pure " + context.Parent<string>())
            .Build();

        Assert.Equal("slow root", await TestResolverContext.For(schema, "Query", "slow", "root").RunAsync());
        Assert.Equal("pure root", await TestResolverContext.For(schema, "Query", "pure", "root").RunAsync());
        var pure = schema.QueryType.Fields["pure"];
        Assert.NotNull(pure.PureResolver);
        Assert.Equal("pure x", pure.PureResolver!(TestResolverContext.For(schema, "Query", "pure", "x")));
        Assert.Null(schema.QueryType.Fields["slow"].PureResolver);
        Assert.Equal("slow y", await schema.QueryType.Fields["slow"].Resolver!(TestResolverContext.For(schema, "Query", "slow", "y")));
    }

    [Fact]
    public async Task Composes_middleware_global_first_then_per_field_in_order()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Query", "greeting", context =>
            {
                ((TestResolverContext)context).Log.Add("resolver");
                return "hello";
            })
            .AddFieldMiddleware(Trace("global"))
            .AddFieldMiddleware("Query", "greeting", Trace("first"))
            .AddFieldMiddleware("Query", "greeting", Trace("second"))
            .Build();
        var context = TestResolverContext.For(schema, "Query", "greeting", null);

        var result = await context.RunAsync();

        Assert.Equal("hello", result);
        Assert.Equal(["global>", "first>", "second>", "resolver", "<second", "<first", "<global"], context.Log);
        Assert.Null(schema.QueryType.Fields["greeting"].PureResolver);
    }

    [Fact]
    public async Task Middleware_can_replace_the_result_and_call_the_resolver_directly()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Query", "greeting", _ => "hello")
            .AddFieldMiddleware("Query", "greeting", next => async context =>
            {
                var direct = await context.ResolveAsync<string>();
                await next(context);
                context.Result = $"{direct}/{context.Result}".ToUpperInvariant();
            })
            .Build();

        Assert.Equal("HELLO/HELLO", await TestResolverContext.For(schema, "Query", "greeting", null).RunAsync());
    }

    [Fact]
    public async Task Fields_without_resolvers_read_the_parent()
    {
        var schema = SchemaBuilder.New().AddTypeDefinitions(Sdl).Build();
        var field = schema.QueryType.Fields["plain"];

        Assert.NotNull(field.PureResolver);
        Assert.Equal("value", await TestResolverContext.For(schema, "Query", "plain", new { Plain = "value" }).RunAsync());
    }

    [Fact]
    public async Task Object_fields_inherit_interface_field_resolvers()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindPureResolver("Greeter", "inherited", context => "from interface for " + context.Parent<string>())
            .Build();

        Assert.Equal("from interface for ann", await TestResolverContext.For(schema, "Person", "inherited", "ann").RunAsync());
    }

    [Fact]
    public async Task Subscription_fields_resolve_to_the_event_by_default()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindSubscribeResolver("Subscription", "ticks", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
            .Build();
        var field = schema.SubscriptionType!.Fields["ticks"];

        var events = new List<object?>();
        await foreach (var tick in await field.SubscribeResolver!(TestResolverContext.For(schema, "Subscription", "ticks", null)))
        {
            events.Add(await TestResolverContext.For(schema, "Subscription", "ticks", tick).RunAsync());
        }

        Assert.Equal([1, 2, 3], events);
        Assert.Null(schema.SubscriptionType.Fields["named"].SubscribeResolver);
    }

    [Fact]
    public void Binding_to_a_missing_field_is_a_schema_error()
    {
        var builder = SchemaBuilder.New()
            .AddTypeDefinitions(Sdl)
            .BindResolver("Query", "missing", _ => default)
            .AddFieldMiddleware("Nope", "x", next => next)
            .BindRuntimeType("Missing", typeof(string))
            .BindRuntimeType("Query", typeof(string))
            .BindRuntimeType("Greeter", typeof(int));

        var messages = SchemaBuilding.SchemaAssert.BuildErrors(builder).Select(e => e.Message).ToArray();

        Assert.Equal(
            [
                "Cannot bind a resolver to \"Query.missing\": the schema has no such field.",
                "Cannot bind a middleware to \"Nope.x\": the schema has no such field.",
                "Cannot bind the runtime type String: the schema has no type named \"Missing\".",
                "Cannot bind the runtime type Int32 to \"Greeter\": only object, enum and input object types take runtime types.",
            ],
            messages);
    }

    private static FieldMiddleware Trace(string name) => next => async context =>
    {
        var log = ((TestResolverContext)context).Log;
        log.Add(name + ">");
        await next(context);
        log.Add("<" + name);
    };

    private static async IAsyncEnumerable<object?> Ticks()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
}
