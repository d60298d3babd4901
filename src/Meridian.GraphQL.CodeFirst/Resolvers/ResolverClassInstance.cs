using System.Reflection;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// The instance of a non-static resolver class (a root type or extension class). A class registered in the
/// container is resolved from the request's services each time (its lifetime decides sharing); any other class is
/// created once, when the schema is built, with the application's services and shared, as Hot Chocolate does.
/// </summary>
internal sealed class ResolverClassInstance
{
    public static readonly MethodInfo GetMethod = typeof(ResolverClassInstance).GetMethod(nameof(Get))!;

    private readonly Type _type;
    private readonly object? _shared;

    public ResolverClassInstance(Type type, IServiceProvider applicationServices, bool isRegistered)
    {
        _type = type;
        _shared = isRegistered ? null : ActivatorUtilities.CreateInstance(applicationServices, type);
    }

    /// <summary>The shared instance of a class the container does not know; null when each request resolves it.</summary>
    public object? Shared => _shared;

    public object Get(IResolverContext context) => _shared ?? context.Services.GetRequiredService(_type);
}
