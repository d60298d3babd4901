using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Fluent;

/// <summary>ObjectType&lt;T&gt; subclasses configuring the inferred type, as Hot Chocolate users write them.</summary>
public sealed class FluentTypeTests
{
    private static Task<IRequestExecutor> CreateAsync() =>
        LibrarySchema.CreateFromAsync(b => b.AddQueryType<PlanetQuery>().AddType<PlanetType>().AddType<MoonType>());

    [Fact]
    public async Task Configure_renames_ignores_retypes_and_adds_fields()
    {
        var executor = await CreateAsync();
        var planet = executor.Schema.GetType<ObjectType>("World");
        Assert.Equal("A planet of the solar system.", planet.Description);
        Assert.Equal(["name", "code", "radiusKm", "moons", "greeting"], planet.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal("ID!", planet.Fields["code"].Type.Print());
        Assert.Equal("The mean radius.", planet.Fields["radiusKm"].Description);
        Assert.Equal("String!", planet.Fields["greeting"].Type.Print());
        Assert.Equal("[Moon!]!", planet.Fields["moons"].Type.Print());
        Assert.Equal("World!", executor.Schema.QueryType.Fields["home"].Type.Print());
    }

    [Fact]
    public async Task Explicit_binding_keeps_only_the_configured_fields()
    {
        var executor = await CreateAsync();
        Assert.Equal(["name"], executor.Schema.GetType<ObjectType>("Moon").Fields.AsSpan().ToArray().Select(f => f.Name));
    }

    [Fact]
    public async Task Configured_fields_resolve()
    {
        var executor = await CreateAsync();
        Assert.Equal(
            """{"data":{"home":{"name":"Earth","code":"V29ybGQ6Mw==","radiusKm":6371,"moons":[{"name":"Moon"}],"greeting":"Hello from Earth"}}}""",
            await executor.RunAsync("{ home { name code radiusKm moons { name } greeting } }"));
    }

    public sealed class Planet
    {
        public required string Name { get; init; }

        public int Code { get; init; }

        public double Radius { get; init; }

        public string Secret => "hidden";

        public IReadOnlyList<Moon> Moons { get; init; } = [];
    }

    public sealed class Moon
    {
        public required string Name { get; init; }

        public double Mass { get; init; }
    }

    public sealed class PlanetType : ObjectType<Planet>
    {
        protected override void Configure(IObjectTypeDescriptor<Planet> descriptor)
        {
            descriptor.Name("World").Description("A planet of the solar system.");
            descriptor.Field(p => p.Code).ID();
            descriptor.Field(p => p.Radius).Name("radiusKm").Description("The mean radius.");
            descriptor.Ignore(p => p.Secret);
            descriptor.Field("greeting").Type("String!").Resolve(ctx => "Hello from " + ctx.Parent<Planet>().Name);
        }
    }

    public sealed class MoonType : ObjectType<Moon>
    {
        protected override void Configure(IObjectTypeDescriptor<Moon> descriptor)
        {
            descriptor.BindFieldsExplicitly();
            descriptor.Field(m => m.Name);
        }
    }

    public sealed class PlanetQuery
    {
        public Planet Home => new() { Name = "Earth", Code = 3, Radius = 6371, Moons = [new Moon { Name = "Moon", Mass = 7.3e22 }] };
    }
}
