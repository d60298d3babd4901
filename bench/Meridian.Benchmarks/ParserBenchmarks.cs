using BenchmarkDotNet.Attributes;
using Meridian.Language;
using Meridian.Samples;

namespace Meridian.Benchmarks;

/// <summary>The language layer: parsing, printing and walking the shared sample documents.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private static readonly ParserOptions NoLocations = new() { NoLocations = true };
    private readonly DocumentNode _kitchenSink = Parser.Parse(SampleDocuments.KitchenSink);
    private readonly NodeCounter _counter = new();

    [Benchmark]
    public DocumentNode ParseKitchenSink() => Parser.Parse(SampleDocuments.KitchenSink);

    [Benchmark]
    public DocumentNode ParseKitchenSinkWithoutLocations() => Parser.Parse(SampleDocuments.KitchenSink, NoLocations);

    [Benchmark]
    public DocumentNode ParseSchemaKitchenSink() => Parser.Parse(SampleDocuments.SchemaKitchenSink);

    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(SampleDocuments.IntrospectionQuery);

    [Benchmark]
    public string PrintKitchenSink() => SyntaxPrinter.Print(_kitchenSink);

    [Benchmark]
    public int WalkKitchenSink()
    {
        var count = new int[1];
        _counter.Walk(_kitchenSink, count);
        return count[0];
    }

    private sealed class NodeCounter : SyntaxWalker<int[]>
    {
        protected override VisitorAction DefaultEnter(ISyntaxNode node, int[] context)
        {
            context[0]++;
            return VisitorAction.Continue;
        }
    }
}
