namespace Meridian.PersistedOperations;

/// <summary>Stores operation documents (their GraphQL text) by id, for persisted operations.</summary>
public interface IOperationDocumentStorage
{
    /// <summary>The document stored under <paramref name="id"/>, or null when there is none.</summary>
    ValueTask<string?> TryReadAsync(OperationDocumentId id, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="document"/> under <paramref name="id"/>, replacing what was there.</summary>
    ValueTask SaveAsync(OperationDocumentId id, string document, CancellationToken cancellationToken = default);
}
