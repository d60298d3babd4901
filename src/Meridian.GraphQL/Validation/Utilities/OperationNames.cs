using Meridian.Language;

namespace Meridian.Validation;

/// <summary>The GraphQL keyword of an operation type, as messages print it.</summary>
internal static class OperationNames
{
    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => operation.ToString().ToLowerInvariant(),
    };
}
