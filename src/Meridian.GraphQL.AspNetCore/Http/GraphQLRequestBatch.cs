namespace Meridian.AspNetCore.Http;

/// <summary>What one HTTP request carries: a single GraphQL request, or a batch (a JSON array of them).</summary>
public sealed class GraphQLRequestBatch
{
    public GraphQLRequestBatch(IReadOnlyList<GraphQLRequest> requests, bool isBatch)
    {
        Requests = requests;
        IsBatch = isBatch;
    }

    public IReadOnlyList<GraphQLRequest> Requests { get; }

    /// <summary>True when the body was a JSON array: the response is an array too, even of one result.</summary>
    public bool IsBatch { get; }

    /// <summary>True when the response is an array: a request batch, or one request with a variable batch.</summary>
    public bool HasManyResults => IsBatch || Requests[0].VariableBatch is not null;
}
