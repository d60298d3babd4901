namespace Meridian.DataLoader;

/// <summary>
/// A DataLoader registered with <c>AddDataLoader</c>: the service type resolvers ask for and how to create the
/// request's instance. Instances are created per request, never shared between requests.
/// </summary>
public sealed class DataLoaderRegistration
{
    public DataLoaderRegistration(Type serviceType, Func<IServiceProvider, IBatchScheduler, object> factory)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        ArgumentNullException.ThrowIfNull(factory);
        ServiceType = serviceType;
        Factory = factory;
    }

    public Type ServiceType { get; }

    public Func<IServiceProvider, IBatchScheduler, object> Factory { get; }
}
