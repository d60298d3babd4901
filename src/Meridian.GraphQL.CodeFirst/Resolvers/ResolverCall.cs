using System.Linq.Expressions;
using System.Reflection;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// The expression that calls a resolver member with its parameters bound: the instance (the parent, a resolver
/// class instance, or none for static members), then each parameter by its <see cref="ParameterBinding"/>. Built once
/// per field when the schema is built and compiled into a delegate, so a call does no reflection.
/// </summary>
internal sealed class ResolverCall
{
    private static readonly MethodInfo ParentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Parent))!;
    private static readonly MethodInfo DataLoaderMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.DataLoader))!;
    private static readonly MethodInfo GetRequiredServiceMethod = typeof(ServiceProviderServiceExtensions)
        .GetMethods().Single(m => m.Name == nameof(ServiceProviderServiceExtensions.GetRequiredService) && m.IsGenericMethodDefinition);
    private static readonly MethodInfo GetServiceMethod = typeof(ServiceProviderServiceExtensions)
        .GetMethods().Single(m => m.Name == nameof(ServiceProviderServiceExtensions.GetService) && m.IsGenericMethodDefinition);

    private ResolverCall(ParameterExpression context, ParameterExpression? key, Expression call, Type returnType, bool needsResolverScope, bool hasAsyncOnlyParameters)
    {
        Context = context;
        Key = key;
        Call = call;
        ReturnType = returnType;
        NeedsResolverScope = needsResolverScope;
        HasAsyncOnlyParameters = hasAsyncOnlyParameters;
    }

    public ParameterExpression Context { get; }

    /// <summary>The node key parameter of node resolvers; null otherwise.</summary>
    public ParameterExpression? Key { get; }

    public Expression Call { get; }

    public Type ReturnType { get; }

    public bool NeedsResolverScope { get; }

    /// <summary>Parameters that must not be bound on the executor's inline path (DataLoaders, resolver-scoped services).</summary>
    public bool HasAsyncOnlyParameters { get; }

    /// <param name="member">The property or method.</param>
    /// <param name="instance">How to get the instance of non-static members.</param>
    /// <param name="bindings">The method's parameter bindings.</param>
    /// <param name="readArgument">The reader of each argument-bound parameter.</param>
    /// <param name="withKey">Adds an <see cref="object"/> key parameter for <see cref="ParameterKind.NodeKey"/>.</param>
    public static ResolverCall Create(
        MemberInfo member,
        ResolverInstance instance,
        IReadOnlyList<ParameterBinding> bindings,
        Func<ParameterBinding, ArgumentReader> readArgument,
        bool withKey = false)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var key = withKey ? Expression.Parameter(typeof(object), "key") : null;
        var target = instance.CreateExpression(context);
        switch (member)
        {
            case PropertyInfo property:
                return new ResolverCall(context, key, Expression.Property(property.GetMethod!.IsStatic ? null : target, property), property.PropertyType, false, false);
            case MethodInfo method:
                var arguments = new Expression[bindings.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Bind(bindings[i], context, key, readArgument);
                }

                return new ResolverCall(
                    context,
                    key,
                    Expression.Call(method.IsStatic ? null : target, method, arguments),
                    method.ReturnType,
                    bindings.Any(b => b.IsResolverScoped),
                    bindings.Any(b => b.IsResolverScoped || b.Kind == ParameterKind.DataLoader));
            default:
                throw new NotSupportedException($"{member.MemberType} members cannot resolve fields.");
        }
    }

    private static Expression Bind(ParameterBinding binding, ParameterExpression context, ParameterExpression? key, Func<ParameterBinding, ArgumentReader> readArgument)
    {
        var type = binding.Parameter.ParameterType;
        switch (binding.Kind)
        {
            case ParameterKind.Argument:
                return readArgument(binding).Read(context, type);
            case ParameterKind.Parent:
            case ParameterKind.EventMessage:
                return Expression.Call(context, ParentMethod.MakeGenericMethod(type));
            case ParameterKind.Service:
                Expression services = binding.IsResolverScoped
                    ? Expression.Call(ResolverScope.GetServicesMethod, context)
                    : Expression.Property(context, nameof(IResolverContext.Services));
                return Expression.Call((binding.IsOptional ? GetServiceMethod : GetRequiredServiceMethod).MakeGenericMethod(type), services);
            case ParameterKind.DataLoader:
                return Expression.Call(context, DataLoaderMethod.MakeGenericMethod(type));
            case ParameterKind.CancellationToken:
                return Expression.Property(context, nameof(IResolverContext.RequestAborted));
            case ParameterKind.ClaimsPrincipal:
                return Expression.Property(context, nameof(IResolverContext.User));
            case ParameterKind.ResolverContext:
                return type == typeof(IResolverContext) ? context : Expression.Convert(context, type);
            case ParameterKind.GlobalState:
                return ReadState(StateReader.GlobalMethod, binding, context);
            case ParameterKind.ScopedState:
                return ReadState(StateReader.ScopedMethod, binding, context);
            case ParameterKind.LocalState:
                return ReadState(StateReader.LocalMethod, binding, context);
            case ParameterKind.NodeKey when key is not null:
                return Expression.Convert(key, type);
            default:
                throw new NotSupportedException($"The parameter \"{binding.Parameter.Name}\" cannot be bound as {binding.Kind} here.");
        }
    }

    private static Expression ReadState(MethodInfo reader, ParameterBinding binding, ParameterExpression context) =>
        Expression.Call(
            reader.MakeGenericMethod(binding.Parameter.ParameterType),
            context,
            Expression.Constant(binding.StateKey),
            Expression.Constant(binding.IsOptional));
}
