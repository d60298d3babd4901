using Meridian.Language;

namespace Meridian.GraphQL.Tests.Language;

public sealed class ParserExecutableTests
{
    private static OperationDefinitionNode Operation(string source) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));

    private static FieldNode FirstField(string source) =>
        Assert.IsType<FieldNode>(Operation(source).SelectionSet.Selections[0]);

    [Fact]
    public void Parses_the_query_shorthand()
    {
        var operation = Operation("{ a }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
        Assert.Equal(new Location(0, 5, 1, 1), operation.Location);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query)]
    [InlineData("mutation { a }", OperationType.Mutation)]
    [InlineData("subscription { a }", OperationType.Subscription)]
    public void Parses_each_operation_type(string source, OperationType expected) =>
        Assert.Equal(expected, Operation(source).Operation);

    [Fact]
    public void Parses_names_variables_directives_and_descriptions_of_operations()
    {
        var operation = Operation("""
            "Finds things."
            query Find("The id." $id: ID! = "x" @a, $list: [[Int]!] @b(c: 1)) @op { a }
            """);
        Assert.Equal("Find", operation.Name!.Value);
        Assert.Equal("Finds things.", operation.Description!.Value);
        Assert.False(operation.Description.Block);
        Assert.Equal(2, operation.VariableDefinitions.Count);

        var id = operation.VariableDefinitions[0];
        Assert.Equal("The id.", id.Description!.Value);
        Assert.Equal("id", id.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("a", Assert.Single(id.Directives).Name.Value);

        var list = operation.VariableDefinitions[1];
        var outer = Assert.IsType<ListTypeNode>(list.Type);
        var inner = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(outer.Type).Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.Null(list.DefaultValue);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(list.Directives[0].Arguments).Value).Value);

        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fields_with_aliases_arguments_directives_and_selections()
    {
        var field = FirstField("{ alias: field(a: 1, b: $v) @d1 @d2(x: true) { child } }");
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseName);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["d1", "d2"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("child", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var keywords = new[] { "on", "fragment", "query", "mutation", "subscription", "true", "false", "null", "type", "extend" };
        foreach (var keyword in keywords)
        {
            var fragmentName = keyword == "on" ? "a" : keyword;
            var document = Parser.Parse($$"""
                query {{keyword}} {
                  ... {{fragmentName}}
                  ... on {{keyword}} { field }
                }
                fragment {{fragmentName}} on Type {
                  {{keyword}}({{keyword}}: ${{keyword}}) @{{keyword}}({{keyword}}: {{keyword}})
                }
                """);
            Assert.Equal(2, document.Definitions.Count);
        }
    }

    [Fact]
    public void Parses_fragment_spreads_and_inline_fragments()
    {
        var selections = Operation("{ ...Spread @d ... on T @e { a } ... @f { b } ... { c } }").SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Spread", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);

        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("T", typed.TypeCondition!.Name.Value);
        Assert.Equal("e", Assert.Single(typed.Directives).Name.Value);

        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("f", Assert.Single(directed.Directives).Name.Value);

        var bare = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);
    }

    [Fact]
    public void Parses_fragment_definitions_with_descriptions()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("\"\"\"About F.\"\"\" fragment F on T @d { a }").Definitions[0]);
        Assert.Equal("About F.", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("d", Assert.Single(fragment.Directives).Name.Value);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var arguments = FirstField("""
            { f(i: -12, fl: 1.5e10, s: "s", b: "\"\"block\"\"", t: true, fa: false, n: null, e: ENUM_VALUE,
                v: $var, l: [1, [2], []], o: { a: 1, b: { c: [] } }, eo: {}) }
            """).Arguments;
        Assert.Equal("-12", Assert.IsType<IntValueNode>(arguments[0].Value).Value);
        Assert.Equal("1.5e10", Assert.IsType<FloatValueNode>(arguments[1].Value).Value);
        Assert.False(Assert.IsType<StringValueNode>(arguments[2].Value).Block);
        Assert.Equal("\"\"block\"\"", Assert.IsType<StringValueNode>(arguments[3].Value).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(arguments[4].Value).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(arguments[5].Value).Value);
        Assert.IsType<NullValueNode>(arguments[6].Value);
        Assert.Equal("ENUM_VALUE", Assert.IsType<EnumValueNode>(arguments[7].Value).Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(arguments[8].Value).Name.Value);
        var list = Assert.IsType<ListValueNode>(arguments[9].Value);
        Assert.Equal(3, list.Items.Count);
        Assert.Empty(Assert.IsType<ListValueNode>(list.Items[2]).Items);
        var obj = Assert.IsType<ObjectValueNode>(arguments[10].Value);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name.Value));
        Assert.Empty(Assert.IsType<ObjectValueNode>(arguments[11].Value).Fields);
    }

    [Fact]
    public void Numbers_keep_their_text()
    {
        var arguments = FirstField("{ f(a: 12345678901234567890, b: 0.10, c: -0, d: 1E+2) }").Arguments;
        Assert.Equal("12345678901234567890", ((IntValueNode)arguments[0].Value).Value);
        Assert.Equal("0.10", ((FloatValueNode)arguments[1].Value).Value);
        Assert.Equal("-0", ((IntValueNode)arguments[2].Value).Value);
        Assert.Equal("1E+2", ((FloatValueNode)arguments[3].Value).Value);
    }

    [Fact]
    public void Records_locations_of_nodes()
    {
        var document = Parser.Parse("query Q {\n  a: b(c: [1]) @d\n}\n");
        Assert.Equal(new Location(0, 30, 1, 1), document.Location);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 29, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 27, 2, 3), field.Location);
        var list = field.Arguments[0].Value;
        Assert.Equal(new Location(20, 23, 2, 11), list.Location);
        Assert.Equal(new Location(25, 27, 2, 16), field.Directives[0].Location);
    }

    [Fact]
    public void No_locations_option_leaves_every_location_null()
    {
        var document = Parser.Parse(Samples.SampleDocuments.KitchenSink, new ParserOptions { NoLocations = true });
        Assert.All(Descendants(document), node => Assert.Null(node.Location));
    }

    [Fact]
    public void Names_repeated_in_a_document_share_one_string()
    {
        var operation = Operation("{ name other: name name }");
        var first = ((FieldNode)operation.SelectionSet.Selections[0]).Name.Value;
        var third = ((FieldNode)operation.SelectionSet.Selections[2]).Name.Value;
        Assert.Same(first, third);
    }

    [Fact]
    public void Parses_values_and_types_alone()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{ a: [1, $b] }"));
        Assert.IsType<VariableNode>(((ListValueNode)value.Fields[0].Value).Items[1]);
        Assert.IsType<NullValueNode>(Parser.ParseConstValue("null"));
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseConstValue("[$b]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$b\" in constant value.", error.Message);
        Assert.Throws<SyntaxException>(() => Parser.ParseValue("1 2"));

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.IsType<ListTypeNode>(type.Type);
        var extra = Assert.Throws<SyntaxException>(() => Parser.ParseType("String x"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Name \"x\".", extra.Message);
    }

    internal static IEnumerable<ISyntaxNode> Descendants(ISyntaxNode node)
    {
        yield return node;
        foreach (var child in node.GetNodes())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
