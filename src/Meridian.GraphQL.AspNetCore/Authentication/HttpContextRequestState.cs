using System.Security.Claims;
using Meridian.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.AspNetCore.Authentication;

/// <summary>
/// An HTTP request's services and user, read from the <see cref="HttpContext"/> only when the operation first asks
/// for them. Reading <see cref="HttpContext.RequestServices"/> creates the request's DI scope (disposed when the
/// response ends), and reading <see cref="HttpContext.User"/> when no one signed in creates an empty principal with
/// its identity and lists: for a small query that touches neither, they were the largest part of what the request
/// allocated.
/// </summary>
internal sealed class HttpContextRequestState(HttpContext context) : IServiceProvider, IKeyedServiceProvider, IRequestUserProvider
{
    public object? GetService(Type serviceType) => context.RequestServices.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        context.RequestServices is IKeyedServiceProvider keyed
            ? keyed.GetKeyedService(serviceType, serviceKey)
            : throw KeyedServicesNotSupported();

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        context.RequestServices is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw KeyedServicesNotSupported();

    public ClaimsPrincipal? GetUser() => context.User;

    private static InvalidOperationException KeyedServicesNotSupported() =>
        new("The request's service provider does not support keyed services.");
}
