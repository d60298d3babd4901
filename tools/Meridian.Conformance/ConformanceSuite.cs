namespace Meridian.Conformance;

/// <summary>
/// One source of conformance cases and the checks run on them. Suites are listed in <see cref="SuiteRegistry"/>;
/// suites whose checks are synchronous derive from <see cref="SynchronousConformanceSuite"/>.
/// </summary>
public abstract class ConformanceSuite
{
    /// <summary>The row label of the summary table.</summary>
    public abstract string Name { get; }

    /// <summary>Runs every case found under <paramref name="root"/> (the conformance folder).</summary>
    public abstract IAsyncEnumerable<CaseResult> RunAsync(string root, CancellationToken cancellationToken);
}
