namespace Testing;

/// <summary>Reads async streams in tests with a deadline, so that a missing event fails the test instead of hanging it.</summary>
public static class AsyncStreams
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The first <paramref name="count"/> items; fails if they do not all arrive in time.</summary>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerable<T> source, int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var items = new List<T>(count);
        if (count == 0)
        {
            return items;
        }

        try
        {
            await foreach (var item in source.WithCancellation(deadline.Token))
            {
                items.Add(item);
                if (items.Count == count)
                {
                    return items;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Received {items.Count} of {count} items before the deadline: [{string.Join(", ", items)}].");
        }

        throw new InvalidOperationException($"The stream ended after {items.Count} of {count} items: [{string.Join(", ", items)}].");
    }

    /// <summary>Every item until the stream ends; fails if it does not end in time.</summary>
    public static async Task<List<T>> ReadToEndAsync<T>(this IAsyncEnumerable<T> source, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var items = new List<T>();
        try
        {
            await foreach (var item in source.WithCancellation(deadline.Token))
            {
                items.Add(item);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The stream did not end before the deadline; it gave [{string.Join(", ", items)}].");
        }

        return items;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 20 ms; fails after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (!await condition())
        {
            try
            {
                await Task.Delay(20, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }
        }
    }

    public static Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, timeout);
}
