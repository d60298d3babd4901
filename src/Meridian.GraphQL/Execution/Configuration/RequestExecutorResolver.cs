using System.Collections.Concurrent;
using Meridian.DataLoader;
using Meridian.PersistedOperations;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Execution;

/// <summary>Builds executors lazily from their setups: schema, options, listeners and pipeline.</summary>
internal sealed class RequestExecutorResolver(IServiceProvider services, RequestExecutorSetups setups) : IRequestExecutorResolver
{
    // Read on every request: lock-free once an executor exists. The Lazy makes the build happen once even when
    // two requests race for it.
    private readonly ConcurrentDictionary<string, Lazy<IRequestExecutor>> _executors = new(StringComparer.Ordinal);

    public ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        name ??= string.Empty;
        if (!_executors.TryGetValue(name, out var lazy))
        {
            if (!setups.TryGet(name, out var setup))
            {
                throw new InvalidOperationException($"No GraphQL executor named \"{name}\" is configured; call AddGraphQL(\"{name}\").");
            }

            lazy = _executors.GetOrAdd(name, static (_, found) => new Lazy<IRequestExecutor>(() => found.Resolver.Build(found.Setup), LazyThreadSafetyMode.ExecutionAndPublication), (Resolver: this, Setup: setup!));
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
