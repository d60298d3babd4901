namespace Meridian.Execution;

/// <summary>The standard request pipeline, in order.</summary>
public static class DefaultPipeline
{
    public static IReadOnlyList<RequestMiddleware> Create() =>
    [
        ExceptionMiddleware.Create(),
        TimeoutMiddleware.Create(),
        DocumentCacheMiddleware.Create(),
        PersistedOperationMiddleware.Create(),
        DocumentParserMiddleware.Create(),
        DocumentValidationMiddleware.Create(),
        OperationResolverMiddleware.Create(),
        OperationPlanMiddleware.Create(),
        VariableCoercionMiddleware.Create(),
        OperationExecutionMiddleware.Create(),
    ];
}
