using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>Request executors of the booking-size schema, with the availability data behind <c>featuredProviders</c>.</summary>
public static class ComparisonExecutors
{
    /// <summary>
    /// An executor over <see cref="ComparisonInputs.BookingSizeSchema"/>. With <paramref name="documentCache"/> off, the
    /// document, validation and plan caches hold nothing, so every request is parsed, validated and planned again.
    /// </summary>
    public static async Task<IRequestExecutor> CreateAsync(ProviderData[] providers, bool documentCache)
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddTypeDefinitions(ComparisonInputs.BookingSizeSchema)
            .BindPureResolver("Query", "featuredProviders", _ => providers)
            .ModifyRequestOptions(options =>
            {
                if (!documentCache)
                {
                    options.DocumentCacheSize = 0;
                    options.OperationCacheSize = 0;
                }
            });

        return await services.BuildServiceProvider().GetRequestExecutorAsync();
    }
}
