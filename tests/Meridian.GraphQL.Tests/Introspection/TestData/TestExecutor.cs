using Meridian.Execution;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Introspection.Tests;

/// <summary>Builds a request executor for a schema, and runs queries on it to JSON.</summary>
internal static class TestExecutor
{
    public static async Task<IRequestExecutor> CreateAsync(Action<SchemaBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddGraphQL().ConfigureSchema(configure);
        return await services.BuildServiceProvider().GetRequestExecutorAsync();
    }

    public static Task<IRequestExecutor> CreateAsync(string sdl) => CreateAsync(builder => builder.AddTypeDefinitions(sdl));

    /// <summary>Runs a query and returns the response as JSON.</summary>
    public static async Task<string> ExecuteJsonAsync(this IRequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var result = await executor.ExecuteOperationAsync(OperationRequest.FromSource(query, null, variables));
        return result.ToJson();
    }
}
