namespace Meridian.AspNetCore.Http;

/// <summary>What one HTTP request carries: a single GraphQL request, or a batch (a JSON array of them).</summary>
public sealed class GraphQLRequestBatch
{
    private IReadOnlyList<GraphQLRequest>? _requests;

    public GraphQLRequestBatch(IReadOnlyList<GraphQLRequest> requests, bool isBatch)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfZero(requests.Count);
        _requests = requests;
        First = requests[0];
        IsBatch = isBatch;
    }

    /// <summary>A single request, not a batch (nearly every request: its list is made only if someone asks for it).</summary>
    public GraphQLRequestBatch(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        First = request;
    }

    public IReadOnlyList<GraphQLRequest> Requests => _requests ??= [First];

    /// <summary>The first request: the only one unless <see cref="IsBatch"/>.</summary>
    public GraphQLRequest First { get; }

    /// <summary>True when the body was a JSON array: the response is an array too, even of one result.</summary>
    public bool IsBatch { get; }

    /// <summary>True when the response is an array: a request batch, or one request with a variable batch.</summary>
    public bool HasManyResults => IsBatch || First.VariableBatch is not null;
}
