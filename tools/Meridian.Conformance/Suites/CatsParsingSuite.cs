using Meridian.Conformance.Cats;

namespace Meridian.Conformance.Suites;

/// <summary>
/// graphql-cats tests whose action is <c>parse</c>: a query asserted to pass must parse and survive a round trip, one
/// asserted to be a syntax error must be rejected.
/// </summary>
public sealed class CatsParsingSuite : SynchronousConformanceSuite
{
    public override string Name => "graphql-cats parsing scenarios";

    public override IEnumerable<CaseResult> Run(string root)
    {
        foreach (var test in CatsScenarioReader.ReadAll(root).SelectMany(s => s.Tests).Where(t => t.Action == "parse"))
        {
            var problem = test.Asserts("syntax-error")
                ? RoundTrip.CheckRejected(test.Query, RoundTrip.ParseDocument)
                : RoundTrip.Check(test.Query, RoundTrip.ParseDocument);
            yield return problem is null ? CaseResult.Pass(test.Id) : CaseResult.Fail(test.Id, problem);
        }
    }
}
