namespace Meridian.Language;

/// <summary>The keyword that writes an operation type in a document (<c>query</c>, <c>mutation</c>, <c>subscription</c>).</summary>
public static class OperationTypeKeywords
{
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
