using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.Tests.Execution;

/// <summary>Builds executors from SDL and resolver bindings the way applications do, through AddGraphQL.</summary>
internal static class TestExecutor
{
    public static async Task<IRequestExecutor> CreateAsync(string sdl, Action<IRequestExecutorBuilder>? configure = null, Action<IServiceCollection>? services = null, bool validate = true)
    {
        var collection = new ServiceCollection();
        if (!validate)
        {
            collection.AddSingleton<IRequestDocumentValidator>(PassThroughDocumentValidator.Instance);
        }

        services?.Invoke(collection);
        var builder = collection.AddGraphQL().AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        var provider = collection.BuildServiceProvider();
        return await provider.GetRequestExecutorAsync();
    }

    /// <summary>Runs a request and returns the response JSON (the result is disposed).</summary>
    public static async Task<string> RunAsync(this IRequestExecutor executor, string document, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        using var result = await executor.ExecuteOperationAsync(OperationRequest.FromSource(document, operationName, variables), cancellationToken);
        return result.ToJson();
    }

    public static async Task<OperationResult> ExecuteOperationAsync(this IRequestExecutor executor, string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        return await executor.ExecuteOperationAsync(OperationRequest.FromSource(document, null, variables));
    }

    /// <summary>Variables read from JSON text, as the HTTP server reads them.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(string json) =>
        JsonValueReader.ReadObject(System.Text.Encoding.UTF8.GetBytes(json))!;
}
