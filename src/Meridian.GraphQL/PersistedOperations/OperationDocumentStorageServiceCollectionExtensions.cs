using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Meridian.PersistedOperations;

public static class OperationDocumentStorageServiceCollectionExtensions
{
    /// <summary>Registers a bounded in-memory <see cref="IOperationDocumentStorage"/>, replacing any other.</summary>
    public static IServiceCollection AddInMemoryOperationDocumentStorage(
        this IServiceCollection services,
        int capacity = InMemoryOperationDocumentStorage.DefaultCapacity) =>
        services.AddOperationDocumentStorage(_ => new InMemoryOperationDocumentStorage(capacity));

    /// <summary>Registers documents stored as <c>{folder}/{id}.graphql</c>, replacing any other storage.</summary>
    public static IServiceCollection AddFileSystemOperationDocumentStorage(this IServiceCollection services, string folder) =>
        services.AddOperationDocumentStorage(_ => new FileSystemOperationDocumentStorage(folder));

    /// <summary>Registers a singleton <see cref="IOperationDocumentStorage"/>, replacing any other.</summary>
    public static IServiceCollection AddOperationDocumentStorage(
        this IServiceCollection services,
        Func<IServiceProvider, IOperationDocumentStorage> storage)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(storage);
        services.RemoveAll<IOperationDocumentStorage>();
        services.AddSingleton(storage);
        return services;
    }
}
