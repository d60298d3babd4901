using Meridian.Execution;
using Microsoft.Extensions.Hosting;

namespace Meridian.AspNetCore;

/// <summary>
/// Builds an executor while the application starts, before the server takes requests, and runs the application's
/// warm-up on it (see <see cref="GraphQLServerBuilderExtensions.InitializeOnStartup"/>). A schema that cannot be built
/// fails the start instead of every request, and the first requests do not wait for the schema to be built.
/// </summary>
internal sealed class ExecutorInitializationService(
    IServiceProvider services,
    string? schemaName,
    Func<IRequestExecutor, CancellationToken, Task>? warmup) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var executor = await services.GetRequestExecutorAsync(schemaName, cancellationToken).ConfigureAwait(false);
        if (warmup is not null)
        {
            await warmup(executor, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
