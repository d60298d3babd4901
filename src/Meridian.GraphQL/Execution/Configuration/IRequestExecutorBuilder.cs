using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Execution;

/// <summary>
/// Configures one GraphQL executor in a service collection (Hot Chocolate's model): schema, options, request
/// pipeline, listeners. Extensions of other packages (code-first types, the HTTP server) build on
/// <see cref="Services"/> and <see cref="Setup"/>.
/// </summary>
public interface IRequestExecutorBuilder
{
    /// <summary>The executor's name; the default executor's is empty.</summary>
    string Name { get; }

    IServiceCollection Services { get; }

    /// <summary>Where this executor's configuration is queued until it is built.</summary>
    RequestExecutorSetup Setup { get; }
}
