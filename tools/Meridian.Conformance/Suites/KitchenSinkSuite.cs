namespace Meridian.Conformance.Suites;

/// <summary>graphql-js's kitchen sinks (graphql-js/*.graphql): each must parse and survive a round trip.</summary>
public sealed class KitchenSinkSuite : SynchronousConformanceSuite
{
    public override string Name => "graphql-js kitchen sinks";

    public override IEnumerable<CaseResult> Run(string root)
    {
        var folder = Path.Combine(root, "graphql-js");
        foreach (var file in Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(file);
            var problem = RoundTrip.Check(File.ReadAllText(file), RoundTrip.ParseDocument);
            yield return problem is null ? CaseResult.Pass(id) : CaseResult.Fail(id, problem);
        }
    }
}
