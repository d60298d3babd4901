using Meridian.DataLoader;
using Meridian.Errors;
using Meridian.Language;
using Meridian.PersistedOperations;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>What every request of one executor shares: schema, options, caches, listeners and collaborators.</summary>
internal sealed class ExecutorServices
{
    public ExecutorServices(
        Schema schema,
        IServiceProvider services,
        RequestExecutorOptions options,
        IEnumerable<ExecutionDiagnosticEventListener> listeners,
        IRequestDocumentValidator validator,
        IOperationDocumentStorage? documentStorage,
        IEnumerable<DataLoaderRegistration> dataLoaders)
    {
        Schema = schema;
        Services = services;
        Options = options;
        Diagnostics = new AggregateDiagnosticEvents(listeners);
        Validator = validator;
        DocumentStorage = documentStorage;
        MetaFields = new MetaFields(schema);
        DocumentCache = new LruCache<DocumentCacheKey, DocumentNode>(options.DocumentCacheSize);
        ValidationCache = new LruCache<ValidationCacheKey, IReadOnlyList<IError>>(options.DocumentCacheSize);
        PlanCache = new LruCache<PlanCacheKey, OperationPlan>(options.OperationCacheSize);
        var registrations = new Dictionary<Type, DataLoaderRegistration>();
        foreach (var registration in dataLoaders)
        {
            registrations[registration.ServiceType] = registration;
        }

        DataLoaderRegistrations = registrations;
    }

    public Schema Schema { get; }

    public IServiceProvider Services { get; }

    public RequestExecutorOptions Options { get; }

    public AggregateDiagnosticEvents Diagnostics { get; }

    public IRequestDocumentValidator Validator { get; }

    public IOperationDocumentStorage? DocumentStorage { get; }

    public MetaFields MetaFields { get; }

    public LruCache<DocumentCacheKey, DocumentNode> DocumentCache { get; }

    public LruCache<ValidationCacheKey, IReadOnlyList<IError>> ValidationCache { get; }

    public LruCache<PlanCacheKey, OperationPlan> PlanCache { get; }

    public IReadOnlyDictionary<Type, DataLoaderRegistration> DataLoaderRegistrations { get; }
}
