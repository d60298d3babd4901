namespace Meridian.Execution;

/// <summary>What <see cref="IRequestExecutor.ExecuteAsync"/> returns: an <see cref="OperationResult"/> or a <see cref="ResponseStream"/>.</summary>
public interface IExecutionResult : IAsyncDisposable
{
    /// <summary>Entries of the response's <c>extensions</c> (for a stream: of the request as a whole).</summary>
    IReadOnlyDictionary<string, object?>? Extensions { get; }
}
