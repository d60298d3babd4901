namespace Meridian.Execution;

/// <summary>Builds each configured executor once, on first request, and hands out that instance.</summary>
public interface IRequestExecutorResolver
{
    ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? name = null, CancellationToken cancellationToken = default);
}
