namespace Meridian.Execution;

/// <summary>Shortcuts for running requests.</summary>
public static class RequestExecutorExtensions
{
    /// <summary>Runs a document with optional variables.</summary>
    public static Task<IExecutionResult> ExecuteAsync(
        this IRequestExecutor executor,
        string document,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return executor.ExecuteAsync(OperationRequest.FromSource(document, null, variableValues), cancellationToken);
    }

    /// <summary>Runs a query or mutation and expects a single result (a subscription request is an error here).</summary>
    public static async Task<OperationResult> ExecuteOperationAsync(this IRequestExecutor executor, OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executor);
        var result = await executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is OperationResult single)
        {
            return single;
        }

        await result.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException("The request started a response stream; read it with ExecuteAsync.");
    }
}
