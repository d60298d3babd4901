using Meridian.Language;
using Meridian.Types;
using static Meridian.GraphQL.Tests.SchemaBuilding.SchemaAssert;

namespace Meridian.GraphQL.Tests.SchemaBuilding;

public sealed class AppliedDirectiveTests
{
    private const string Directives = """
        directive @tag(name: String!, weight: Int = 1) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE | SCHEMA
        directive @once on FIELD_DEFINITION
        """;

    [Fact]
    public void Keeps_applied_directives_on_every_member()
    {
        var schema = Build(Directives + "\n" + """
            schema @tag(name: "schema") { query: Query }
            type Query @tag(name: "type") {
              field(arg: Int @tag(name: "arg")): E @tag(name: "a") @tag(name: "b", weight: 2) @once
            }
            enum E @tag(name: "enum") { A @tag(name: "value") }
            input In @tag(name: "input") { f: Int @tag(name: "inputField") }
            scalar S @tag(name: "scalar")
            union U @tag(name: "union") = Query
            interface I @tag(name: "interface") { x: Int }
            """);

        var field = schema.QueryType.Fields["field"];
        Assert.Equal(["tag", "tag", "once"], field.Directives.Select(d => d.Name));
        Assert.Equal(["a", "b"], field.Directives.GetAll("tag").Select(d => d.GetArgumentValue<string>("name")));
        Assert.Equal(1, field.Directives[0].GetArgumentValue("weight"));
        Assert.Equal(2, field.Directives[1].GetArgumentValue("weight"));
        Assert.Null(field.Directives[0].GetArgumentLiteral("weight"));
        Assert.Equal("arg", field.Arguments["arg"].Directives[0].GetArgumentValue<string>("name"));
        Assert.Equal("schema", schema.Directives[0].GetArgumentValue<string>("name"));
        Assert.Equal("value", schema.GetType<EnumType>("E").Values[0].Directives[0].GetArgumentValue<string>("name"));
        Assert.Equal("inputField", schema.GetType<InputObjectType>("In").Fields["f"].Directives[0].GetArgumentValue<string>("name"));
        foreach (var name in new[] { "E", "In", "S", "U", "I" })
        {
            Assert.True(schema.GetType(name).Directives.Contains("tag"), name);
        }

        Assert.True(schema.GetDirectiveType("tag").IsPublic);
        Assert.Equal("@tag(name: \"a\")", field.Directives[0].ToString());
    }

    [Fact]
    public void Directives_must_be_known_and_allowed_at_the_location() =>
        FailsWith(
            Directives + "\n" + """
            type Query @once @unknown { a: Int @deprecated(reason: "x") @specifiedBy(url: "u") }
            enum E @deprecated { A }
            """,
            "Directive \"@once\" may not be used on OBJECT.",
            "Unknown directive \"@unknown\".",
            "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.",
            "Directive \"@deprecated\" may not be used on ENUM.");

    [Fact]
    public void Non_repeatable_directives_apply_once_including_through_extensions() =>
        FailsWith(
            Directives + "\n" + """
            type Query { a: Int @once @once b: Int @deprecated @deprecated }
            scalar S @specifiedBy(url: "a")
            extend scalar S @specifiedBy(url: "b")
            """,
            "The directive \"@once\" can only be used once at this location.",
            "The directive \"@deprecated\" can only be used once at this location.",
            "The directive \"@specifiedBy\" can only be used once at this location.");

    [Fact]
    public void Directive_arguments_must_be_known_given_and_valid() =>
        FailsWith(
            Directives + "\n" + """
            type Query {
              a: Int @tag
              b: Int @tag(name: "x", other: 1)
              c: Int @tag(name: 1)
              d: Int @tag(name: "x", name: "y")
              e: Int @deprecated(reason: null)
            }
            """,
            "Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided.",
            "Unknown argument \"other\" on directive \"@tag\".",
            "Argument \"@tag(name:)\" on \"Query.c\" has an invalid value: String cannot represent a non string value: 1",
            "There can be only one argument named \"name\".",
            "Argument \"@deprecated(reason:)\" on \"Query.e\" has an invalid value: Expected value of type \"String!\", found null.");

    [Fact]
    public void Directives_given_in_code_are_converted_to_literals()
    {
        var query = new ObjectTypeConfiguration("Query");
        var field = new FieldConfiguration("a", "Int");
        field.Directives.Add(DirectiveConfiguration.Create("tag", new Dictionary<string, object?> { ["name"] = "code", ["weight"] = 3 }));
        query.Fields.Add(field);
        var tag = new DirectiveTypeConfiguration("tag") { IsPublic = false };
        tag.Locations.Add(DirectiveLocation.FieldDefinition);
        tag.Arguments.Add(new ArgumentConfiguration("name", "String!"));
        tag.Arguments.Add(new ArgumentConfiguration("weight", "Int"));

        var schema = SchemaBuilder.New().AddType(query).AddDirectiveType(tag).Build();

        var applied = schema.QueryType.Fields["a"].Directives.FirstOrDefault("tag")!;
        Assert.Equal("code", applied.GetArgumentValue("name"));
        Assert.Equal(3, applied.GetArgumentValue("weight"));
        Assert.False(applied.Type.IsPublic);
    }

    [Fact]
    public void Built_in_directives_are_always_defined()
    {
        var schema = Build("type Query { a: Int }");

        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.DirectiveTypes.Select(d => d.Name));
        var skip = schema.GetDirectiveType("skip");
        Assert.True(skip.IsBuiltIn);
        Assert.True(skip.IsExecutable);
        Assert.False(skip.IsTypeSystem);
        Assert.True(skip.IsAllowedAt(DirectiveLocation.InlineFragment));
        Assert.False(skip.IsAllowedAt(DirectiveLocation.Query));
        Assert.Equal("Boolean!", skip.Arguments["if"].Type.Print());
        var deprecated = schema.GetDirectiveType("deprecated");
        Assert.Equal("No longer supported", deprecated.Arguments["reason"].RuntimeDefaultValue);
        Assert.Empty(schema.GetDirectiveType("oneOf").Arguments);
    }
}
