using System.Reflection;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// The instance of a non-static resolver class (a root type or extension class). A class registered in the
/// container is resolved from the request's services each time (its lifetime decides sharing); any other class is
/// created once with the application's services and shared, as Hot Chocolate does.
/// </summary>
internal sealed class ResolverClassInstance
{
    public static readonly MethodInfo GetMethod = typeof(ResolverClassInstance).GetMethod(nameof(Get))!;

    private readonly Type _type;
    private readonly bool _isRegistered;
    private readonly Lazy<object> _shared;

    public ResolverClassInstance(Type type, IServiceProvider applicationServices, bool isRegistered)
    {
        _type = type;
        _isRegistered = isRegistered;
        _shared = new Lazy<object>(() => ActivatorUtilities.CreateInstance(applicationServices, type), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public object Get(IResolverContext context) =>
        _isRegistered ? context.Services.GetRequiredService(_type) : _shared.Value;
}
