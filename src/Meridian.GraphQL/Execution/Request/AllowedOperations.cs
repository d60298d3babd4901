namespace Meridian.Execution;

/// <summary>The operation types a request may execute; others fail with <c>OPERATION_NOT_ALLOWED</c>.</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
