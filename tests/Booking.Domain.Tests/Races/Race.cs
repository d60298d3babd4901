namespace Booking.Domain.Tests.Races;

/// <summary>Starts many operations at the same moment and collects how each ended.</summary>
internal static class Race
{
    public static async Task<IReadOnlyList<Outcome<T>>> RunAsync<T>(int count, Func<int, Task<T>> operation)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runners = Enumerable.Range(0, count)
            .Select(index => Task.Run(async () =>
            {
                await start.Task;
                try
                {
                    return new Outcome<T>(index, await operation(index), null);
                }
                catch (Exception exception)
                {
                    return new Outcome<T>(index, default, exception);
                }
            }))
            .ToList();
        start.SetResult();
        return await Task.WhenAll(runners);
    }
}

internal sealed record Outcome<T>(int Index, T? Value, Exception? Error)
{
    public bool Succeeded => Error is null;
}
