using Meridian.DataLoader;
using Meridian.PersistedOperations;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Execution;

/// <summary>Builds executors lazily from their setups: schema, options, listeners and pipeline.</summary>
internal sealed class RequestExecutorResolver(IServiceProvider services, RequestExecutorSetups setups) : IRequestExecutorResolver
{
    private readonly Dictionary<string, Lazy<IRequestExecutor>> _executors = new(StringComparer.Ordinal);

    public ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= string.Empty;
        Lazy<IRequestExecutor> lazy;
        lock (_executors)
        {
            if (!_executors.TryGetValue(name, out lazy!))
            {
                if (!setups.TryGet(name, out var setup))
                {
                    throw new InvalidOperationException($"No GraphQL executor named \"{name}\" is configured; call AddGraphQL(\"{name}\").");
                }

                lazy = new Lazy<IRequestExecutor>(() => Build(setup!), LazyThreadSafetyMode.ExecutionAndPublication);
                _executors.Add(name, lazy);
            }
        }

        return new ValueTask<IRequestExecutor>(lazy.Value);
    }

    private IRequestExecutor Build(RequestExecutorSetup setup)
    {
        var builder = SchemaBuilder.New();
        foreach (var configure in setup.SchemaConfigurations)
        {
            configure(services, builder);
        }

        var schema = builder.Build();
        foreach (var callback in setup.OnSchemaCreated)
        {
            callback(services, schema);
        }

        var options = new RequestExecutorOptions();
        foreach (var configure in setup.OptionsConfigurations)
        {
            configure(options);
        }

        var listeners = new List<ExecutionDiagnosticEventListener>(services.GetServices<ExecutionDiagnosticEventListener>());
        foreach (var create in setup.DiagnosticListeners)
        {
            listeners.Add(create(services));
        }

        var executor = new ExecutorServices(
            schema,
            services,
            options,
            listeners,
            services.GetService<IRequestDocumentValidator>() ?? SpecDocumentValidator.Instance,
            services.GetService<IOperationDocumentStorage>(),
            services.GetServices<DataLoaderRegistration>());
        return new RequestExecutor(executor, setup.Pipeline.Count == 0 ? DefaultPipeline.Create() : [.. setup.Pipeline]);
    }
}
