using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    private static T Single<T>(string source) =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_schema_definitions_and_extensions()
    {
        var schema = Single<SchemaDefinitionNode>("\"Root.\" schema @a { query: Q mutation: M subscription: S }");
        Assert.Equal("Root.", schema.Description!.Value);
        Assert.Equal("a", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));

        Assert.Single(Single<SchemaExtensionNode>("extend schema @b").Directives);
        Assert.Single(Single<SchemaExtensionNode>("extend schema { subscription: S }").OperationTypes);
    }

    [Fact]
    public void Parses_scalars()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("scalar Date @specifiedBy(url: \"u\")");
        Assert.Equal("Date", scalar.Name.Value);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
        Assert.Single(Single<ScalarTypeExtensionNode>("extend scalar Date @x").Directives);
    }

    [Fact]
    public void Parses_object_types_with_interfaces_fields_and_arguments()
    {
        var type = Single<ObjectTypeDefinitionNode>("""
            "A type."
            type T implements & A & B @d {
              "A field."
              f("An argument." a: Int = 1 @x, b: [String!]! = ["s"]): String! @deprecated
              g: T
            }
            """);
        Assert.Equal("A type.", type.Description!.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("d", Assert.Single(type.Directives).Name.Value);
        var field = type.Fields[0];
        Assert.Equal("A field.", field.Description!.Value);
        Assert.Equal("deprecated", Assert.Single(field.Directives).Name.Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
        var argument = field.Arguments[0];
        Assert.Equal("An argument.", argument.Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(argument.DefaultValue).Value);
        Assert.Equal("x", Assert.Single(argument.Directives).Name.Value);
        Assert.IsType<ListValueNode>(field.Arguments[1].DefaultValue);
        Assert.Empty(type.Fields[1].Arguments);
    }

    [Fact]
    public void Types_without_bodies_parse()
    {
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type T").Fields);
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface I").Fields);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union U").Types);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum E").Values);
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input I").Fields);
    }

    [Fact]
    public void Parses_object_and_interface_extensions()
    {
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type T implements I").Interfaces);
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type T @d").Directives);
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type T { f: Int }").Fields);
        var iface = Single<InterfaceTypeExtensionNode>("extend interface I implements J & K @d { f: Int }");
        Assert.Equal(2, iface.Interfaces.Count);
        Assert.Single(iface.Directives);
        Assert.Single(iface.Fields);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var iface = Single<InterfaceTypeDefinitionNode>("interface I implements J { f: Int }");
        Assert.Equal("J", Assert.Single(iface.Interfaces).Name.Value);
    }

    [Fact]
    public void Parses_unions_with_an_optional_leading_pipe()
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U = | A | B").Types.Select(t => t.Name.Value));
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U @d = A | B").Types.Select(t => t.Name.Value));
        Assert.Single(Single<UnionTypeExtensionNode>("extend union U = C").Types);
        Assert.Single(Single<UnionTypeExtensionNode>("extend union U @d").Directives);
    }

    [Fact]
    public void Parses_enums()
    {
        var type = Single<EnumTypeDefinitionNode>("enum E { A \"About B.\" B @deprecated(reason: \"no\"), C }");
        Assert.Equal(["A", "B", "C"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("About B.", type.Values[1].Description!.Value);
        Assert.Single(type.Values[1].Directives);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum E { D }").Values);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum E @d").Directives);
    }

    [Fact]
    public void Parses_input_objects_with_one_of()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input I @oneOf { a: Int \"B.\" b: String = \"x\" @d }");
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Equal("B.", input.Fields[1].Description!.Value);
        Assert.Single(input.Fields[1].Directives);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I { c: Int }").Fields);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I @d").Directives);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var directive = Single<DirectiveDefinitionNode>("\"D.\" directive @d(a: Int) repeatable on | FIELD | OBJECT");
        Assert.Equal("D.", directive.Description!.Value);
        Assert.Equal("d", directive.Name.Value);
        Assert.True(directive.IsRepeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(["FIELD", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @e on QUERY").IsRepeatable);
    }

    [Fact]
    public void Accepts_every_directive_location()
    {
        var names = Enum.GetValues<DirectiveLocation>().Select(l => l.ToName()).ToArray();
        var directive = Single<DirectiveDefinitionNode>($"directive @all on {string.Join(" | ", names)}");
        Assert.Equal(names, directive.Locations.Select(l => l.Value));
        Assert.All(directive.Locations, l => Assert.True(DirectiveLocations.TryParse(l.Value, out _)));
    }

    [Fact]
    public void Mixes_executable_and_type_system_definitions_in_one_document()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");
        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }
}
