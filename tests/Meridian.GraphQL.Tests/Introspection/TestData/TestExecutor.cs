using System.Text.Json;
using Meridian.Execution;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Introspection.Tests;

/// <summary>Builds request executors for test schemas, and runs queries on them to JSON.</summary>
internal static class TestExecutor
{
    private static readonly Lazy<Task<IRequestExecutor>> EveryKind = new(() => CreateAsync(EveryKindSchema.Sdl));

    /// <summary>The executor of <see cref="EveryKindSchema"/>, shared by the tests that only read it.</summary>
    public static Task<IRequestExecutor> GetEveryKindAsync() => EveryKind.Value;

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

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public static async Task<JsonElement> ExecuteDataAsync(this IRequestExecutor executor, string query)
    {
        using var document = JsonDocument.Parse(await executor.ExecuteJsonAsync(query));
        var root = document.RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return root.GetProperty("data").Clone();
    }

    /// <summary>The <c>name</c> property of each object of a JSON array.</summary>
    public static string[] Names(this JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetProperty("name").GetString() ?? "<null>")];
}
