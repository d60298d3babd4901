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
        if (!batch.IsBatch)
        {
            if (batch.First.VariableBatch is { Count: var sets } && sets > options.MaxBatchSize)
            {
                throw BatchTooLarge(options);
            }

            return;
        }

        var operations = 0;
        foreach (var request in batch.Requests)
        {
            operations += request.VariableBatch?.Count ?? 1;
        }

        if (operations > options.MaxBatchSize)
        {
            throw BatchTooLarge(options);
        }
    }

    public static GraphQLRequestException BatchTooLarge(GraphQLServerOptions options) => new(
        StatusCodes.Status400BadRequest,
        ServerErrorCodes.BatchingNotAllowed,
        $"The batch runs more than {options.MaxBatchSize} operations.");
}
