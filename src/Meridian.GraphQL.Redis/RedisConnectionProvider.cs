using StackExchange.Redis;

namespace Meridian.Redis;

/// <summary>
/// The one Redis connection (multiplexer) that Meridian's Redis services share. Built from a configuration string, it
/// connects on first use and never refuses to start while Redis is down (<c>abortConnect=false</c>): the multiplexer
/// keeps reconnecting in the background. Given an existing multiplexer, it uses it and leaves closing it to its owner.
/// </summary>
public sealed class RedisConnectionProvider : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConfigurationOptions? _configuration;
    private IConnectionMultiplexer? _multiplexer;
    private bool _disposed;

    public RedisConnectionProvider(string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        _configuration = ConfigurationOptions.Parse(configuration);
        _configuration.AbortOnConnectFail = false;
    }

    public RedisConnectionProvider(IConnectionMultiplexer multiplexer)
    {
        ArgumentNullException.ThrowIfNull(multiplexer);
        _multiplexer = multiplexer;
    }

    public async ValueTask<IConnectionMultiplexer> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _multiplexer) is { } connected)
        {
            return connected;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _multiplexer ??= await ConnectionMultiplexer.ConnectAsync(_configuration!);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_configuration is not null && _multiplexer is not null)
            {
                await _multiplexer.CloseAsync(allowCommandsToComplete: false);
                _multiplexer.Dispose();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_configuration is not null)
        {
            _multiplexer?.Dispose();
        }
    }
}
