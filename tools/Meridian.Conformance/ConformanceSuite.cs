namespace Meridian.Conformance;

/// <summary>
/// One source of conformance cases and the checks run on them. Suites for later engine parts (validation and execution
/// scenarios of graphql-cats, for example) derive from this class and are listed in <see cref="SuiteRegistry"/>.
/// </summary>
public abstract class ConformanceSuite
{
    /// <summary>The row label of the summary table.</summary>
    public abstract string Name { get; }

    /// <summary>Runs every case found under <paramref name="root"/> (the conformance folder).</summary>
    public abstract IEnumerable<CaseResult> Run(string root);
}
