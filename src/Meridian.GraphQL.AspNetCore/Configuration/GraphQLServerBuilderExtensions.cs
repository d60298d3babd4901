using Meridian.AspNetCore.Authentication;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>Replaces the HTTP request interceptor (one for the application).</summary>
    public static IRequestExecutorBuilder AddHttpRequestInterceptor<T>(this IRequestExecutorBuilder builder)
        where T : class, IHttpRequestInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IHttpRequestInterceptor>();
        builder.Services.AddSingleton<IHttpRequestInterceptor, T>();
        return builder;
    }

    /// <summary>The server's request pipeline: the engine's steps with the server's persisted operation handling.</summary>
    public static IRequestExecutorBuilder UseServerPipeline(this IRequestExecutorBuilder builder) =>
        builder
            .UseExceptions()
            .UseTimeout()
            .UseDocumentCache()
            .UsePersistedOperations()
            .UseDocumentParser()
            .UseDocumentValidation()
            .UseOperationResolver()
            .UseOperationPlanning()
            .UseVariableCoercion()
            .UseOperationExecution();
}
