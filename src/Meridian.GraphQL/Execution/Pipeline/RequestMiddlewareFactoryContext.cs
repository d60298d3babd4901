using Meridian.Types;

namespace Meridian.Execution;

/// <summary>What a request middleware factory can use: the schema, the executor's services and options.</summary>
public sealed class RequestMiddlewareFactoryContext
{
    internal RequestMiddlewareFactoryContext(ExecutorServices executor)
    {
        Executor = executor;
    }

    public Schema Schema => Executor.Schema;

    /// <summary>The application's services (the executor's, not a request's).</summary>
    public IServiceProvider Services => Executor.Services;

    public RequestExecutorOptions Options => Executor.Options;

    internal ExecutorServices Executor { get; }
}
