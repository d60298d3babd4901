using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Meridian.AspNetCore.Diagnostics;

/// <summary>
/// The server's metrics (System.Diagnostics.Metrics, meter <see cref="MeterName"/>): requests by operation type and
/// outcome, their duration, and the errors they reported. Exporters (dotnet-counters, OpenTelemetry) read them.
/// </summary>
public sealed class GraphQLServerMetrics
{
    public const string MeterName = "Meridian.GraphQL.Server";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public GraphQLServerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("graphql.server.requests", "{request}", "GraphQL requests executed.");
        _duration = meter.CreateHistogram<double>("graphql.server.request.duration", "s", "How long GraphQL requests took to execute.");
        _errors = meter.CreateCounter<long>("graphql.server.errors", "{error}", "Errors reported in GraphQL responses.");
    }

    /// <summary>
    /// Records one request. The operation type is query, mutation, subscription, or unknown when the request failed
    /// before that was known; the outcome is success, field_error (data with errors), request_error or failure.
    /// </summary>
    public void RecordRequest(string operationType, string outcome, TimeSpan duration, int errorCount)
    {
        if (!_requests.Enabled && !_duration.Enabled && !_errors.Enabled)
        {
            // Nobody listens (no exporter, no dotnet-counters): skip building the tags on every request.
            return;
        }

        var tags = new TagList { { "graphql.operation.type", operationType }, { "graphql.outcome", outcome } };
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        if (errorCount > 0)
        {
            _errors.Add(errorCount, tags);
        }
    }
}
