namespace Meridian.Execution;

/// <summary>What a finished request reports to listeners.</summary>
public readonly record struct RequestSummary(string? OperationName, TimeSpan Duration, int ErrorCount, bool IsRequestError);
