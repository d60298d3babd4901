using Microsoft.Extensions.DependencyInjection;

namespace Meridian.DataLoader;

/// <summary>
/// The DataLoaders of one request: each type is created on first use (by its registration, else through
/// <see cref="ActivatorUtilities"/> with the request's services and the request's batch scheduler) and then reused
/// by every resolver of the request.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly IServiceProvider _services;
    private readonly IBatchScheduler _scheduler;
    private readonly IReadOnlyDictionary<Type, DataLoaderRegistration> _registrations;
    private readonly object _sync = new();
    private readonly Dictionary<Type, object> _instances = [];

    public DataLoaderScope(IServiceProvider services, IBatchScheduler scheduler, IReadOnlyDictionary<Type, DataLoaderRegistration>? registrations = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(scheduler);
        _services = services;
        _scheduler = scheduler;
        _registrations = registrations ?? new Dictionary<Type, DataLoaderRegistration>();
    }

    public IBatchScheduler Scheduler => _scheduler;

    public T GetDataLoader<T>()
        where T : class
    {
        lock (_sync)
        {
            if (!_instances.TryGetValue(typeof(T), out var instance))
            {
                instance = _registrations.TryGetValue(typeof(T), out var registration)
                    ? registration.Factory(_services, _scheduler)
                    : ActivatorUtilities.CreateInstance(_services, typeof(T), _scheduler);
                _instances.Add(typeof(T), instance);
            }

            return (T)instance;
        }
    }
}
