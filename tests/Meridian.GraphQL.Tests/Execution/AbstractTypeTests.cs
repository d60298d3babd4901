using Meridian.Execution;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pets: [Pet] search: [Result] unknown: Pet }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Person { name: String age: Int }
        union Result = Dog | Person
        """;

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Person(string Name, int Age);

    private static Task<IRequestExecutor> CreateAsync() =>
        TestExecutor.CreateAsync(Sdl, b => b.ConfigureSchema(s => s
            .BindRuntimeType("Dog", typeof(Dog))
            .BindRuntimeType("Cat", typeof(Cat))
            .BindRuntimeType("Person", typeof(Person))
            .BindPureResolver("Query", "pets", _ => new object[] { new Dog("Rex", true), new Cat("Tom", false) })
            .BindPureResolver("Query", "search", _ => new object[] { new Person("Ann", 30), new Dog("Rex", true) })
            .BindPureResolver("Query", "unknown", _ => "a string is no pet")));

    [Fact]
    public async Task Interface_values_resolve_by_runtime_type_with_inline_fragments()
    {
        var executor = await CreateAsync();
        var json = await executor.RunAsync("{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }");
        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}]}}""",
            json);
    }

    [Fact]
    public async Task Union_values_resolve_with_named_fragments_and_interface_fragments()
    {
        var executor = await CreateAsync();
        var json = await executor.RunAsync("""
            { search { ...PersonFields ... on Pet { name } } }
            fragment PersonFields on Person { name age }
            """);
        Assert.Equal("""{"data":{"search":[{"name":"Ann","age":30},{"name":"Rex"}]}}""", json);
    }

    [Fact]
    public async Task Value_of_no_possible_type_is_an_abstract_type_error()
    {
        var executor = await CreateAsync();
        var json = await executor.RunAsync("{ unknown { name } }");
        Assert.Contains("\"code\":\"ABSTRACT_TYPE_UNRESOLVED\"", json);
        Assert.Contains("\"path\":[\"unknown\"]", json);
        Assert.Contains("\"data\":{\"unknown\":null}", json);
    }

    [Fact]
    public async Task Resolve_type_on_the_abstract_type_decides_first()
    {
        var executor = await TestExecutor.CreateAsync(
            Sdl,
            b => b.ConfigureSchema(s => s
                .BindPureResolver("Query", "pets", _ => new object[] { new Dictionary<string, object?> { ["kind"] = "cat", ["name"] = "Kit" } })
                .OnBeforeComplete(c =>
                {
                    c.TryGetType<Meridian.Types.InterfaceTypeConfiguration>("Pet", out var pet);
                    pet!.ResolveAbstractType = (ctx, value) => ctx.Schema.GetType<Meridian.Types.ObjectType>(
                        ((IReadOnlyDictionary<string, object?>)value)["kind"] is "cat" ? "Cat" : "Dog");
                })));
        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat","name":"Kit"}]}}""", await executor.RunAsync("{ pets { __typename name } }"));
    }
}
