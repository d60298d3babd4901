namespace Meridian.Execution;

/// <summary>Creates a pipeline step around the rest of the pipeline, once, when the executor is built.</summary>
public delegate RequestDelegate RequestMiddleware(RequestMiddlewareFactoryContext factoryContext, RequestDelegate next);
