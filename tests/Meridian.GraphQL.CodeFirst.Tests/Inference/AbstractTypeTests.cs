using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Inference;

/// <summary>Abstract base classes as interfaces, with implementations registered explicitly.</summary>
public sealed class AbstractTypeTests
{
    [Fact]
    public async Task Abstract_bases_are_interfaces_implemented_by_the_registered_derived_types()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<ZooQuery>().AddType<Lion>().AddType<Parrot>());
        var animal = executor.Schema.GetType<InterfaceType>("Animal");
        Assert.Equal(["name", "legs"], animal.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal(["Lion", "Parrot"], executor.Schema.GetPossibleTypes(animal).Select(t => t.Name).Order());
        Assert.Equal(["Animal"], executor.Schema.GetType<ObjectType>("Parrot").Interfaces.Select(i => i.Name));
        Assert.Equal(
            """{"data":{"animals":[{"__typename":"Lion","name":"Leo","legs":4,"mane":true},{"__typename":"Parrot","name":"Polly","legs":2,"words":12}]}}""",
            await executor.RunAsync("{ animals { __typename name legs ... on Lion { mane } ... on Parrot { words } } }"));
    }

    public abstract class Animal
    {
        public required string Name { get; init; }

        public abstract int Legs { get; }
    }

    public sealed class Lion : Animal
    {
        public override int Legs => 4;

        public bool Mane => true;
    }

    public sealed class Parrot : Animal
    {
        public override int Legs => 2;

        public int Words => 12;
    }

    public sealed class ZooQuery
    {
        public IReadOnlyList<Animal> Animals => [new Lion { Name = "Leo" }, new Parrot { Name = "Polly" }];
    }
}
