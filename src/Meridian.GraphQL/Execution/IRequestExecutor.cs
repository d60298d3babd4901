using Meridian.Types;

namespace Meridian.Execution;

/// <summary>Executes GraphQL requests against one schema through the configured request pipeline.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>The application's services the executor was built from.</summary>
    IServiceProvider Services { get; }

    RequestExecutorOptions Options { get; }

    /// <summary>
    /// Runs a request: an <see cref="OperationResult"/> for queries and mutations (and for any request that fails),
    /// a <see cref="ResponseStream"/> for subscriptions. Failures are results with errors, not exceptions.
    /// </summary>
    Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default);
}
