namespace Meridian.Conformance;

/// <summary>
/// One source of conformance cases and the checks run on them. Suites are listed in <see cref="SuiteRegistry"/>;
/// suites whose checks are synchronous derive from <see cref="SynchronousConformanceSuite"/>.
/// </summary>
public abstract class ConformanceSuite
{
    /// <summary>The row label of the summary table.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The cases of this suite that do not apply to Meridian, each with its reason. The runner applies the list to
    /// the results of <see cref="RunAsync"/>, so suites report every case as it ran.
    /// </summary>
    public virtual SkipList Skips => SkipList.None;

    /// <summary>Runs every case found under <paramref name="root"/> (the conformance folder).</summary>
    public abstract IAsyncEnumerable<CaseResult> RunAsync(string root, CancellationToken cancellationToken);
}
