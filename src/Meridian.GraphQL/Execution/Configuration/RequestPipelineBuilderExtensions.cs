namespace Meridian.Execution;

/// <summary>
/// Composes the request pipeline. Without any <c>Use…</c> call the executor runs <see cref="DefaultPipeline"/>;
/// once one is called, the pipeline is exactly what was added, in order (call <see cref="UseDefaultPipeline"/>
/// and add steps around it, or list the steps one by one to insert the server's own).
/// </summary>
public static class RequestPipelineBuilderExtensions
{
    public static IRequestExecutorBuilder UseRequest(this IRequestExecutorBuilder builder, RequestMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(middleware);
        builder.Setup.Pipeline.Add(middleware);
        return builder;
    }

    public static IRequestExecutorBuilder UseRequest(this IRequestExecutorBuilder builder, Func<RequestDelegate, RequestDelegate> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        return builder.UseRequest((_, next) => middleware(next));
    }

    public static IRequestExecutorBuilder UseDefaultPipeline(this IRequestExecutorBuilder builder)
    {
        foreach (var middleware in DefaultPipeline.Create())
        {
            builder.UseRequest(middleware);
        }

        return builder;
    }

    public static IRequestExecutorBuilder UseExceptions(this IRequestExecutorBuilder builder) => builder.UseRequest(ExceptionMiddleware.Create());

    public static IRequestExecutorBuilder UseTimeout(this IRequestExecutorBuilder builder) => builder.UseRequest(TimeoutMiddleware.Create());

    public static IRequestExecutorBuilder UseDocumentCache(this IRequestExecutorBuilder builder) => builder.UseRequest(DocumentCacheMiddleware.Create());

    public static IRequestExecutorBuilder UsePersistedOperations(this IRequestExecutorBuilder builder) => builder.UseRequest(PersistedOperationMiddleware.Create());

    public static IRequestExecutorBuilder UseDocumentParser(this IRequestExecutorBuilder builder) => builder.UseRequest(DocumentParserMiddleware.Create());

    public static IRequestExecutorBuilder UseDocumentValidation(this IRequestExecutorBuilder builder) => builder.UseRequest(DocumentValidationMiddleware.Create());

    public static IRequestExecutorBuilder UseOperationResolver(this IRequestExecutorBuilder builder) => builder.UseRequest(OperationResolverMiddleware.Create());

    public static IRequestExecutorBuilder UseOperationPlanning(this IRequestExecutorBuilder builder) => builder.UseRequest(OperationPlanMiddleware.Create());

    public static IRequestExecutorBuilder UseVariableCoercion(this IRequestExecutorBuilder builder) => builder.UseRequest(VariableCoercionMiddleware.Create());

    public static IRequestExecutorBuilder UseOperationExecution(this IRequestExecutorBuilder builder) => builder.UseRequest(OperationExecutionMiddleware.Create());
}
