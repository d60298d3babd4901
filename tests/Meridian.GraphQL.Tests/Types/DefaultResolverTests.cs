using System.Dynamic;
using Meridian.Types;

namespace Meridian.GraphQL.Tests.Types;

public sealed class DefaultResolverTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddTypeDefinitions("type Query { name: String Name: String count: Int fullName: String total: Int missing: String }")
        .Build();

    [Fact]
    public void Reads_properties_preferring_the_exact_case()
    {
        var parent = new Person("ann", "Lee");

        Assert.Equal("ann", Resolve("name", parent));
        Assert.Equal("Ann Lee", Resolve("fullName", parent));
        Assert.Null(Resolve("missing", parent));
    }

    [Fact]
    public void Reads_fields_and_methods()
    {
        var parent = new Counter();

        Assert.Equal(3, Resolve("count", parent));
        Assert.Equal(42, Resolve("total", parent));
    }

    [Fact]
    public void Reads_dictionary_entries()
    {
        Assert.Equal("x", Resolve("name", new Dictionary<string, object?> { ["name"] = "x" }));
        Assert.Equal("y", Resolve("name", new Dictionary<string, object?> { ["NAME"] = "y" }));
        Assert.Equal("exact", Resolve("Name", new Dictionary<string, object?> { ["name"] = "lower", ["Name"] = "exact" }));
        IDictionary<string, object?> expando = new ExpandoObject();
        expando["count"] = 5;
        Assert.Equal(5, Resolve("count", expando));
    }

    [Fact]
    public void Keeps_working_when_parent_types_alternate()
    {
        Assert.Equal("a", Resolve("name", new Person("a", "b")));
        Assert.Equal("d", Resolve("name", new Dictionary<string, object?> { ["name"] = "d" }));
        Assert.Equal("c", Resolve("name", new Person("c", "b")));
    }

    [Fact]
    public void Matches_exactly_when_case_sensitivity_is_configured()
    {
        var schema = SchemaBuilder.New()
            .AddTypeDefinitions("type Query { name: String }")
            .ModifyOptions(o => o.DefaultResolverIgnoresCase = false)
            .Build();

        Assert.Null(schema.QueryType.Fields["name"].PureResolver!(TestResolverContext.For(schema, "Query", "name", new Person("ann", "Lee"))));
    }

    private static object? Resolve(string field, object parent) =>
        Schema.QueryType.Fields[field].PureResolver!(TestResolverContext.For(Schema, "Query", field, parent));

    private sealed record Person(string Name, string LastName)
    {
        public string FullName => $"{char.ToUpperInvariant(Name[0])}{Name[1..]} {LastName}";
    }

#pragma warning disable CA1051, SA1401 // a public field is what this test reads
    private sealed class Counter
    {
        public int Count = 3;

        public int GetTotal() => 42;
    }
#pragma warning restore CA1051, SA1401
}
