using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>The checks every way of reading a request shares (body or URL).</summary>
internal static class GraphQLRequestValidation
{
    /// <summary>A request must name its document: text, a persisted id, or an automatic persisted query hash.</summary>
    public static GraphQLRequest EnsureDocument(GraphQLRequest request)
    {
        if (request.Query is null && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true)
        {
            throw new GraphQLRequestException(
                StatusCodes.Status400BadRequest,
                ServerErrorCodes.RequestDocumentMissing,
                "The request has no document: send it in the 'query' parameter.");
        }

        return request;
    }

    public static void EnsureBatchSize(GraphQLRequestBatch batch, GraphQLServerOptions options)
    {
        // A single request is counted without its list (which exists only when asked for).
        var operations = batch.IsBatch ? batch.Requests.Sum(OperationCount) : OperationCount(batch.First);
        if (operations > options.MaxBatchSize)
        {
            throw BatchTooLarge(options);
        }
    }

    private static int OperationCount(GraphQLRequest request) => request.VariableBatch?.Count ?? 1;

    public static GraphQLRequestException BatchTooLarge(GraphQLServerOptions options) => new(
        StatusCodes.Status400BadRequest,
        ServerErrorCodes.BatchingNotAllowed,
        $"The batch runs more than {options.MaxBatchSize} operations.");
}
