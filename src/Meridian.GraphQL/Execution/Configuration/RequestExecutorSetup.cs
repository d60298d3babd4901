using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The queued configuration of one executor: applied in order, once, when the executor is first asked for.
/// </summary>
public sealed class RequestExecutorSetup
{
    internal RequestExecutorSetup(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>Steps that configure the schema builder, with the application's services.</summary>
    public IList<Action<IServiceProvider, SchemaBuilder>> SchemaConfigurations { get; } = [];

    /// <summary>Steps that change the options.</summary>
    public IList<Action<RequestExecutorOptions>> OptionsConfigurations { get; } = [];

    /// <summary>The request pipeline; the default pipeline when empty.</summary>
    public IList<RequestMiddleware> Pipeline { get; } = [];

    /// <summary>Listeners created with the application's services.</summary>
    public IList<Func<IServiceProvider, ExecutionDiagnosticEventListener>> DiagnosticListeners { get; } = [];

    /// <summary>Steps run on the built schema before the executor is created (for example to check it).</summary>
    public IList<Action<IServiceProvider, Schema>> OnSchemaCreated { get; } = [];
}
