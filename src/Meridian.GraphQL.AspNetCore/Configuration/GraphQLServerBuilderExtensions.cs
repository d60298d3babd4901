using Meridian.AspNetCore.Authentication;
using Meridian.AspNetCore.PersistedOperations;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Meridian.AspNetCore;

/// <summary>Server configuration of an executor added with <c>AddGraphQLServer</c>.</summary>
public static class GraphQLServerBuilderExtensions
{
    /// <summary>Changes the server options of every endpoint that serves this executor.</summary>
    public static IRequestExecutorBuilder ModifyServerOptions(this IRequestExecutorBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>
    /// Builds this executor while the application starts, before the server listens, instead of at the first request,
    /// then runs <paramref name="warmup"/> on it (for example a few representative operations, so that the first
    /// clients do not pay for compiling the request path). An error in the schema then stops the application from
    /// starting. Each call adds its warm-up; the executor itself is built once.
    /// </summary>
    public static IRequestExecutorBuilder InitializeOnStartup(
        this IRequestExecutorBuilder builder,
        Func<IRequestExecutor, CancellationToken, Task>? warmup = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        builder.Services.AddSingleton<IHostedService>(services => new ExecutorInitializationService(services, name, warmup));
        return builder;
    }

    /// <summary>Replaces the HTTP request interceptor (one for the application).</summary>
    public static IRequestExecutorBuilder AddHttpRequestInterceptor<T>(this IRequestExecutorBuilder builder)
        where T : class, IHttpRequestInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IHttpRequestInterceptor>();
        builder.Services.AddSingleton<IHttpRequestInterceptor, T>();
        return builder;
    }

    /// <summary>Changes how this executor treats persisted operations (automatic persisted queries, persisted-only).</summary>
    public static IRequestExecutorBuilder ModifyPersistedOperationOptions(this IRequestExecutorBuilder builder, Action<PersistedOperationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>
    /// The server's request pipeline: the engine's steps, with automatic persisted queries and the persisted-only
    /// policy before the document cache, and the storing of new automatic persisted queries after validation.
    /// </summary>
    public static IRequestExecutorBuilder UseServerPipeline(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        return builder
            .UseExceptions()
            .UseTimeout()
            .UseRequest(ServerPersistedOperationMiddleware.CreateLookup(
                services => services.GetRequiredService<IOptionsMonitor<PersistedOperationOptions>>().Get(name)))
            .UseDocumentCache()
            .UsePersistedOperations()
            .UseDocumentParser()
            .UseDocumentValidation()
            .UseRequest(ServerPersistedOperationMiddleware.CreateStore())
            .UseOperationResolver()
            .UseOperationPlanning()
            .UseVariableCoercion()
            .UseOperationExecution();
    }
}
