namespace Meridian.Conformance;

/// <summary>A suite whose checks run synchronously (parsing, printing, validation).</summary>
public abstract class SynchronousConformanceSuite : ConformanceSuite
{
    /// <summary>Runs every case found under <paramref name="root"/> (the conformance folder).</summary>
    public abstract IEnumerable<CaseResult> Run(string root);

    public sealed override IAsyncEnumerable<CaseResult> RunAsync(string root, CancellationToken cancellationToken) =>
        Run(root).ToAsyncEnumerable();
}
