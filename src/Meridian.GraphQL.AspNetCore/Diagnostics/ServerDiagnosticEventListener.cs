using Meridian.Execution;
using Meridian.Language;
using Microsoft.Extensions.Logging;

namespace Meridian.AspNetCore.Diagnostics;

/// <summary>
/// One structured log entry and one metrics record per request, from the engine's diagnostic events: operation
/// name and type, duration, error count. Never the variables or the document: they may hold passwords.
/// </summary>
internal sealed partial class ServerDiagnosticEventListener(ILogger<ServerDiagnosticEventListener> logger, GraphQLServerMetrics metrics) : ExecutionDiagnosticEventListener
{
    public override void RequestCompleted(RequestContext context, RequestSummary summary)
    {
        var operationType = context.Operation?.Operation.ToKeyword() ?? "unknown";
        var outcome = summary.IsRequestError ? "request_error"
            : summary.ErrorCount == 0 ? "success"
            : context.Result is OperationResult { HasData: false } ? "failure"
            : "field_error";
        metrics.RecordRequest(operationType, outcome, summary.Duration, summary.ErrorCount);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogRequest(logger, summary.OperationName ?? "(anonymous)", operationType, summary.Duration.TotalMilliseconds, summary.ErrorCount, outcome);
        }
    }

    public override void RequestFailed(RequestContext context, Exception exception) =>
        LogFailure(logger, context.Request.OperationName ?? "(anonymous)", exception);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphQL {OperationName} ({OperationType}) took {DurationMs:0.0} ms with {ErrorCount} errors: {Outcome}")]
    private static partial void LogRequest(ILogger logger, string operationName, string operationType, double durationMs, int errorCount, string outcome);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "GraphQL {OperationName} failed unexpectedly")]
    private static partial void LogFailure(ILogger logger, string operationName, Exception exception);
}
