using System.Reflection;
using System.Security.Claims;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>
/// Decides how each resolver parameter is bound, in Hot Chocolate's order: binding attributes first, then the
/// well-known types (<see cref="CancellationToken"/>, <see cref="ClaimsPrincipal"/>, the resolver context),
/// DataLoaders, services registered in the container (implicit services), and everything else is a GraphQL argument.
/// </summary>
internal static class ParameterClassifier
{
    public static ParameterBinding Classify(DescriptorContext context, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var optional = context.Nullability.IsOptional(parameter);
        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return new ParameterBinding(parameter, ParameterKind.Parent, optional);
        }

        if (parameter.IsDefined(typeof(EventMessageAttribute)))
        {
            return new ParameterBinding(parameter, ParameterKind.EventMessage, optional);
        }

        if (parameter.GetCustomAttribute<ServiceAttribute>() is { } service)
        {
            return new ParameterBinding(parameter, ParameterKind.Service, optional, IsResolverScoped: IsResolverScoped(context, type, service.Kind));
        }

        if (parameter.GetCustomAttribute<GlobalStateAttribute>() is { } global)
        {
            return new ParameterBinding(parameter, ParameterKind.GlobalState, optional, global.Key ?? parameter.Name);
        }

        if (parameter.GetCustomAttribute<ScopedStateAttribute>() is { } scoped)
        {
            return new ParameterBinding(parameter, ParameterKind.ScopedState, optional, scoped.Key ?? parameter.Name);
        }

        if (parameter.GetCustomAttribute<LocalStateAttribute>() is { } local)
        {
            return new ParameterBinding(parameter, ParameterKind.LocalState, optional, local.Key ?? parameter.Name);
        }

        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter, ParameterKind.CancellationToken, optional);
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return new ParameterBinding(parameter, ParameterKind.ClaimsPrincipal, optional);
        }

        if (type == typeof(IResolverContext) || type == typeof(IMiddlewareContext))
        {
            return new ParameterBinding(parameter, ParameterKind.ResolverContext, optional);
        }

        if (context.IsDataLoader(type))
        {
            return new ParameterBinding(parameter, ParameterKind.DataLoader, optional);
        }

        if (context.IsService(type))
        {
            return new ParameterBinding(parameter, ParameterKind.Service, optional, IsResolverScoped: IsResolverScoped(context, type, ServiceKind.Default));
        }

        return new ParameterBinding(parameter, ParameterKind.Argument, optional);
    }

    private static bool IsResolverScoped(DescriptorContext context, Type type, ServiceKind kind) =>
        kind == ServiceKind.Resolver || context.Options.ResolverScopedServices.Contains(type);
}
