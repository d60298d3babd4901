namespace Meridian.AspNetCore.Limits;

/// <summary>
/// The limits a public endpoint needs, in one place (bind it from configuration): each maps to the engine's or the
/// server's own option and is applied to every request. Null leaves that option as it is.
/// </summary>
public sealed class GraphQLLimits
{
    /// <summary>How long one request may execute (REQUEST_TIMEOUT after that).</summary>
    public TimeSpan? ExecutionTimeout { get; set; }

    /// <summary>The largest request body, in bytes (413 above it).</summary>
    public long? MaxRequestSize { get; set; }

    /// <summary>The deepest field nesting an operation may have (MAX_EXECUTION_DEPTH_EXCEEDED).</summary>
    public int? MaxExecutionDepth { get; set; }

    /// <summary>The highest field cost an operation may have (MAX_COST_EXCEEDED).</summary>
    public double? MaxFieldCost { get; set; }

    /// <summary>Whether introspection is allowed (INTROSPECTION_DISABLED when not).</summary>
    public bool? AllowIntrospection { get; set; }

    /// <summary>The most operations one batch may run.</summary>
    public int? MaxBatchSize { get; set; }
}
