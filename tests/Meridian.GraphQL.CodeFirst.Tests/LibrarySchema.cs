using Meridian.GraphQL.CodeFirst.Tests.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests;

/// <summary>Builds executors for the sample library domain, the way an application configures code-first.</summary>
internal static class LibrarySchema
{
    /// <summary>The library schema from assembly scanning; <paramref name="configure"/> adds to it.</summary>
    public static Task<IRequestExecutor> CreateAsync(Action<IRequestExecutorBuilder>? configure = null, Action<IServiceCollection>? services = null) =>
        CreateAsync(out _, configure, services);

    public static Task<IRequestExecutor> CreateAsync(out LibraryData data, Action<IRequestExecutorBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        data = new LibraryData();
        var collection = new ServiceCollection().AddLogging().AddSingleton(data);
        collection.AddAuthorization(options => options.AddPolicy("CanReturn", policy => policy.RequireClaim("member")));
        services?.Invoke(collection);
        var builder = collection.AddGraphQL()
            .AddTypesFromAssembly(typeof(Book).Assembly, t => t.Namespace == typeof(Book).Namespace)
            .AddType<Magazine>()
            .AddGlobalObjectIdentification()
            .AddMutationConventions()
            .AddAuthorization()
            .AddInMemorySubscriptions()
            .ModifyRequestOptions(o => o.IncludeExceptionDetails = true);
        configure?.Invoke(builder);
        return collection.BuildServiceProvider().GetRequestExecutorAsync().AsTask();
    }

    /// <summary>An executor over only the given types (for tests of one feature).</summary>
    public static Task<IRequestExecutor> CreateFromAsync(Action<IRequestExecutorBuilder> configure, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection().AddLogging();
        services?.Invoke(collection);
        configure(collection.AddGraphQL());
        return collection.BuildServiceProvider().GetRequestExecutorAsync().AsTask();
    }

    /// <summary>Runs a request and returns the response JSON.</summary>
    public static async Task<string> RunAsync(this IRequestExecutor executor, string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var result = await executor.ExecuteOperationAsync(OperationRequest.FromSource(document, null, variables));
        return result.ToJson();
    }

    public static async Task<string> RunAsync(this IRequestExecutor executor, OperationRequest request)
    {
        using var result = await executor.ExecuteOperationAsync(request);
        return result.ToJson();
    }
}
