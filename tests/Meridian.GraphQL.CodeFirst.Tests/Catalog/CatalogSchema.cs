using System.Text.Json;
using Meridian.CodeFirst.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.CodeFirst.Tests.Catalog;

/// <summary>Builds the in-memory catalog executor and reads responses.</summary>
internal static class CatalogSchema
{
    /// <summary>The catalog every in-memory test reads (never changed by a test).</summary>
    public static CatalogSeed Data { get; } = new CatalogSeed(brandCount: 12, productCount: 300, reviewedProducts: 300).Link();

    public static Task<IRequestExecutor> CreateAsync(Action<IRequestExecutorBuilder>? configure = null) =>
        LibrarySchema.CreateFromAsync(
            b =>
            {
                b.AddQueryType<InMemoryCatalogQuery>()
                    .AddTypes(typeof(ProductExtensions))
                    .AddFiltering()
                    .AddSorting()
                    .AddProjections();
                configure?.Invoke(b);
            },
            s => s.AddSingleton(Data));

    /// <summary>Runs a query and returns its <c>data</c>, failing with the errors when there are any.</summary>
    public static async Task<JsonElement> QueryAsync(this IRequestExecutor executor, string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var json = await executor.RunAsync(document, variables);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    /// <summary>Runs a query expected to fail and returns its single error.</summary>
    public static async Task<JsonElement> QueryErrorAsync(this IRequestExecutor executor, string document)
    {
        var json = await executor.RunAsync(document);
        var root = JsonDocument.Parse(json).RootElement;
        return Assert.Single(root.GetProperty("errors").EnumerateArray());
    }

    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    public static int[] Ids(this JsonElement nodes, string property = "id") => [.. nodes.EnumerateArray().Select(n => n.GetProperty(property).GetInt32())];
}
