using Meridian.Conformance.Suites;

namespace Meridian.Conformance;

/// <summary>Every suite the runner knows, in the order of the summary table.</summary>
public static class SuiteRegistry
{
    public static IReadOnlyList<ConformanceSuite> All { get; } =
    [
        new KitchenSinkSuite(),
        new SpecExampleSuite(),
        new CatsParsingSuite(),
        new CatsDocumentsSuite(),
        new CatsValidationSuite(),
        new CatsExecutionSuite(),
    ];
}
