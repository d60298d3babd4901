namespace Meridian.Execution;

/// <summary>Per-request replacements of executor options; null members keep the executor's setting.</summary>
public sealed record RequestOverrides
{
    public TimeSpan? ExecutionTimeout { get; init; }

    public bool? IncludeExceptionDetails { get; init; }

    public int? MaxExecutionDepth { get; init; }

    public double? MaxFieldCost { get; init; }

    public int? MaxValidationErrors { get; init; }

    public bool? AllowIntrospection { get; init; }
}
