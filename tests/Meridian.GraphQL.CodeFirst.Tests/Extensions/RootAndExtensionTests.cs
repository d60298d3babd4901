using Meridian.Errors;
using Meridian.Types;

namespace Meridian.GraphQL.CodeFirst.Tests.Extensions;

/// <summary>Root types from several classes, extensions by name and by type, and their conflicts.</summary>
public sealed class RootAndExtensionTests
{
    [Fact]
    public async Task Several_classes_merge_into_one_root_type_named_after_the_operation()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<FirstQuery>().AddQueryType(typeof(SecondQuery)).AddMutationType<Commands>());
        Assert.Equal(["one", "two"], executor.Schema.QueryType.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal("Mutation", executor.Schema.MutationType!.Name);
        Assert.Equal("""{"data":{"one":1,"two":2}}""", await executor.RunAsync("{ one two }"));
    }

    [Fact]
    public async Task Extensions_by_name_add_to_sdl_and_code_first_types()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b
            .AddTypeDefinitions("type Query { fromSdl: String } type Planet { name: String }")
            .BindPureResolver("Query", "fromSdl", _ => "sdl")
            .AddType<QueryExtension>());
        Assert.Equal("""{"data":{"fromSdl":"sdl","fromCode":"code"}}""", await executor.RunAsync("{ fromSdl fromCode }"));
    }

    [Fact]
    public async Task Extension_fields_replace_fields_of_the_same_name_and_ignore_members()
    {
        var executor = await LibrarySchema.CreateFromAsync(b => b.AddQueryType<RobotQuery>().AddType<RobotExtension>());
        var robot = executor.Schema.GetType<ObjectType>("Robot");
        Assert.Equal(["name", "serial"], robot.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal("""{"data":{"robot":{"name":"R2","serial":"SN-0042"}}}""", await executor.RunAsync("{ robot { name serial } }"));
    }

    [Fact]
    public async Task Two_root_classes_declaring_one_field_are_a_schema_error()
    {
        var exception = await Assert.ThrowsAsync<SchemaException>(() => LibrarySchema.CreateFromAsync(b => b.AddQueryType<FirstQuery>().AddQueryType<FirstQuery.Again>()));
        Assert.Equal(
            "The field \"Query.one\" is declared twice (by FirstQuery.One and Again.One).",
            Assert.Single(exception.Errors).Message);
    }

    public sealed class FirstQuery
    {
        public static int One => 1;

        public sealed class Again
        {
            public int One => 1;
        }
    }

    public static class SecondQuery
    {
        public static int Two => 2;
    }

    public sealed class Commands
    {
        public bool Reset() => true;
    }

    [ExtendObjectType("Query")]
    public sealed class QueryExtension
    {
        public string FromCode => "code";
    }

    public sealed class Robot
    {
        public required string Name { get; init; }

        public int SerialNumber { get; init; }

        public string Serial => "raw";
    }

    [ExtendObjectType(typeof(Robot), IgnoreProperties = [nameof(Robot.SerialNumber)])]
    public sealed class RobotExtension
    {
        public string GetSerial([Parent] Robot robot) => $"SN-{robot.SerialNumber:D4}";
    }

    public sealed class RobotQuery
    {
        public Robot Robot => new() { Name = "R2", SerialNumber = 42 };
    }
}
