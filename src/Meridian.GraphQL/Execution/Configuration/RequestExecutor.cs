using System.Diagnostics;
using Meridian.Errors;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>The executor of one schema: a compiled request pipeline over shared caches.</summary>
internal sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutorServices _executor;
    private readonly RequestDelegate _pipeline;

    public RequestExecutor(ExecutorServices executor, IReadOnlyList<RequestMiddleware> middleware)
    {
        _executor = executor;
        var factoryContext = new RequestMiddlewareFactoryContext(executor);
        RequestDelegate pipeline = static context =>
        {
            context.Result ??= OperationResult.FromExecutionErrors([new Error("The request pipeline ended without a result.", ErrorCodes.UnexpectedError)]);
            return default;
        };
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            pipeline = middleware[i](factoryContext, pipeline);
        }

        _pipeline = pipeline;
    }

    public Schema Schema => _executor.Schema;

    public IServiceProvider Services => _executor.Services;

    public RequestExecutorOptions Options => _executor.Options;

    public async Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RequestContext(_executor, request, request.Services ?? _executor.Services, cancellationToken);
        var diagnostics = _executor.Diagnostics;
        var started = diagnostics.IsEnabled ? Stopwatch.GetTimestamp() : 0;
        if (diagnostics.IsEnabled)
        {
            diagnostics.RequestStarted(context);
        }

        await _pipeline(context).ConfigureAwait(false);
        var result = context.Result!;
        if (diagnostics.IsEnabled)
        {
            var operationResult = result as OperationResult;
            diagnostics.RequestCompleted(context, new RequestSummary(
                context.Operation?.Name?.Value ?? request.OperationName,
                Stopwatch.GetElapsedTime(started),
                operationResult?.Errors.Count ?? 0,
                operationResult?.IsRequestError ?? false));
        }

        return result;
    }
}
