using Meridian.Language;
using Meridian.Samples;

namespace Meridian.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker<List<string>>
    {
        public Func<ISyntaxNode, VisitorAction>? OnEnter { get; init; }

        public Func<ISyntaxNode, VisitorAction>? OnLeave { get; init; }

        public List<int> Depths { get; } = [];

        protected override VisitorAction DefaultEnter(ISyntaxNode node, List<string> context)
        {
            context.Add("enter " + node.Kind);
            Depths.Add(Ancestors.Count);
            return OnEnter?.Invoke(node) ?? VisitorAction.Continue;
        }

        protected override VisitorAction DefaultLeave(ISyntaxNode node, List<string> context)
        {
            context.Add("leave " + node.Kind);
            return OnLeave?.Invoke(node) ?? VisitorAction.Continue;
        }
    }

    private sealed class FieldCounter : SyntaxWalker<int[]>
    {
        protected override VisitorAction Enter(FieldNode node, int[] context)
        {
            context[0]++;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(SelectionSetNode node, int[] context)
        {
            context[1]++;
            return VisitorAction.Continue;
        }
    }

    private static void Expected(ISyntaxNode node, List<string> events)
    {
        events.Add("enter " + node.Kind);
        foreach (var child in node.GetNodes())
        {
            Expected(child, events);
        }

        events.Add("leave " + node.Kind);
    }

    [Theory]
    [InlineData(SampleDocuments.KitchenSink)]
    [InlineData(SampleDocuments.SchemaKitchenSink)]
    public void Visits_every_node_in_the_order_of_get_nodes(string source)
    {
        var document = Parser.Parse(source);
        var expected = new List<string>();
        Expected(document, expected);

        var actual = new List<string>();
        Assert.True(new Recorder().Walk(document, actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Calls_the_hook_of_each_kind()
    {
        var counts = new int[2];
        new FieldCounter().Walk(Parser.Parse("{ a { b c { d } } e }"), counts);
        Assert.Equal(5, counts[0]);
        Assert.Equal(3, counts[1]);
    }

    [Fact]
    public void Skip_passes_over_children_and_still_leaves()
    {
        var events = new List<string>();
        var walker = new Recorder { OnEnter = n => n.Kind == SyntaxKind.Field ? VisitorAction.Skip : VisitorAction.Continue };
        walker.Walk(Parser.Parse("{ a(x: 1) { b } }"), events);
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            events);
    }

    [Fact]
    public void Break_on_enter_stops_everything()
    {
        var events = new List<string>();
        var walker = new Recorder { OnEnter = n => n is NameNode { Value: "b" } ? VisitorAction.Break : VisitorAction.Continue };
        Assert.False(walker.Walk(Parser.Parse("{ a b c }"), events));
        Assert.Equal("enter Name", events[^1]);
        Assert.DoesNotContain(events, e => e.StartsWith("leave Document", StringComparison.Ordinal));
        Assert.Equal(2, events.Count(e => e == "enter Field"));
    }

    [Fact]
    public void Break_on_leave_stops_everything()
    {
        var events = new List<string>();
        var walker = new Recorder { OnLeave = n => n.Kind == SyntaxKind.Field ? VisitorAction.Break : VisitorAction.Continue };
        Assert.False(walker.Walk(Parser.Parse("{ a b }"), events));
        Assert.Equal("leave Field", events[^1]);
        Assert.Single(events, e => e == "enter Field");
    }

    [Fact]
    public void Knows_the_ancestors_of_the_current_node()
    {
        var walker = new Recorder();
        walker.Walk(Parser.Parse("{ a }"), []);

        // Document, OperationDefinition, SelectionSet, Field, Name
        Assert.Equal([0, 1, 2, 3, 4], walker.Depths);
    }

    [Fact]
    public void A_walker_can_walk_again()
    {
        var walker = new Recorder { OnEnter = n => n.Kind == SyntaxKind.Name ? VisitorAction.Break : VisitorAction.Continue };
        walker.Walk(Parser.Parse("{ a }"), []);
        var events = new List<string>();
        walker.Walk(Parser.Parse("{ b }"), events);
        Assert.Equal("enter Document", events[0]);
        Assert.Equal(0, walker.Depths[^5]);
    }
}
