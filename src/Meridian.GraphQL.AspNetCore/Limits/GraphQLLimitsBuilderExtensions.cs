using Meridian.Execution;

namespace Meridian.AspNetCore.Limits;

public static class GraphQLLimitsBuilderExtensions
{
    /// <summary>Applies <paramref name="limits"/> to the executor's options and to its endpoints' server options.</summary>
    public static IRequestExecutorBuilder AddRequestLimits(this IRequestExecutorBuilder builder, GraphQLLimits limits)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        builder.ModifyRequestOptions(options =>
        {
            options.ExecutionTimeout = limits.ExecutionTimeout ?? options.ExecutionTimeout;
            options.MaxExecutionDepth = limits.MaxExecutionDepth ?? options.MaxExecutionDepth;
            options.MaxFieldCost = limits.MaxFieldCost ?? options.MaxFieldCost;
            options.AllowIntrospection = limits.AllowIntrospection ?? options.AllowIntrospection;
        });
        return builder.ModifyServerOptions(options =>
        {
            options.MaxRequestSize = limits.MaxRequestSize ?? options.MaxRequestSize;
            options.MaxBatchSize = limits.MaxBatchSize ?? options.MaxBatchSize;
        });
    }
}
