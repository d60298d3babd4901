using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Testing;

namespace Meridian.GraphQL.AspNetCore.Tests.Redis;

/// <summary>Keeps what was logged, so tests can assert that outages and repairs are reported.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, formatter(state, exception), exception));

    public bool Contains(LogLevel level, string fragment) =>
        _entries.Any(entry => entry.Level == level && entry.Message.Contains(fragment, StringComparison.Ordinal));

    /// <summary>Waits until such an entry is logged; on timeout, the failure lists everything that was.</summary>
    public async Task WaitForAsync(LogLevel level, string fragment)
    {
        try
        {
            await AsyncStreams.WaitUntilAsync(() => Contains(level, fragment), $"'{fragment}' was logged", TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException exception)
        {
            var logged = string.Join(Environment.NewLine, _entries.Select(entry => $"{entry.Level}: {entry.Message} {entry.Exception?.Message}"));
            throw new TimeoutException($"{exception.Message} Logged:{Environment.NewLine}{logged}");
        }
    }
}
