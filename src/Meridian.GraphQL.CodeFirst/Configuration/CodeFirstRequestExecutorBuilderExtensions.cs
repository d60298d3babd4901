using System.Reflection;
using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Registers code-first types on an executor, as Hot Chocolate's builder does: root types from classes, entity types,
/// type extensions, fluent types and assembly scanning for the code-first attributes (no source generator).
/// </summary>
public static class CodeFirstRequestExecutorBuilderExtensions
{
    /// <summary>Adds the members of <typeparamref name="T"/> to the query type (named <c>Query</c>).</summary>
    public static IRequestExecutorBuilder AddQueryType<T>(this IRequestExecutorBuilder builder) => builder.AddRootType(typeof(T), OperationType.Query);

    public static IRequestExecutorBuilder AddMutationType<T>(this IRequestExecutorBuilder builder) => builder.AddRootType(typeof(T), OperationType.Mutation);

    public static IRequestExecutorBuilder AddSubscriptionType<T>(this IRequestExecutorBuilder builder) => builder.AddRootType(typeof(T), OperationType.Subscription);

    /// <summary>Adds the members of a class (static classes included) to the query type.</summary>
    public static IRequestExecutorBuilder AddQueryType(this IRequestExecutorBuilder builder, Type type) => builder.AddRootType(type, OperationType.Query);

    public static IRequestExecutorBuilder AddMutationType(this IRequestExecutorBuilder builder, Type type) => builder.AddRootType(type, OperationType.Mutation);

    public static IRequestExecutorBuilder AddSubscriptionType(this IRequestExecutorBuilder builder, Type type) => builder.AddRootType(type, OperationType.Subscription);

    /// <summary>Adds a type: an entity (object, interface, union or enum type), a fluent type, a root class or an extension.</summary>
    public static IRequestExecutorBuilder AddType<T>(this IRequestExecutorBuilder builder) => builder.AddTypes(typeof(T));

    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, Type type) => builder.AddTypes(type);

    /// <summary>Adds a type extension class (<see cref="ExtendObjectTypeAttribute"/> or <see cref="ObjectTypeAttribute{T}"/>).</summary>
    public static IRequestExecutorBuilder AddTypeExtension<T>(this IRequestExecutorBuilder builder) => builder.AddTypes(typeof(T));

    public static IRequestExecutorBuilder AddTypes(this IRequestExecutorBuilder builder, params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var registrations = CodeFirstSetup.Get(builder);
        foreach (var type in types)
        {
            ArgumentNullException.ThrowIfNull(type);
            registrations.AddType(type);
        }

        return builder;
    }

    /// <summary>
    /// Adds every type of <paramref name="assembly"/> that carries a code-first attribute (<see cref="QueryTypeAttribute"/>,
    /// <see cref="MutationTypeAttribute"/>, <see cref="SubscriptionTypeAttribute"/>, <see cref="ExtendObjectTypeAttribute"/>,
    /// <see cref="NodeAttribute"/>, <see cref="InterfaceTypeAttribute"/>, <see cref="UnionTypeAttribute"/>) and every fluent type class;
    /// <paramref name="include"/> narrows the scan (for example to one namespace when an assembly holds several schemas).
    /// </summary>
    public static IRequestExecutorBuilder AddTypesFromAssembly(this IRequestExecutorBuilder builder, Assembly assembly, Func<Type, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        CodeFirstSetup.Get(builder).AddTypesFromAssembly(assembly, include);
        return builder;
    }

    public static IRequestExecutorBuilder ModifyCodeFirstOptions(this IRequestExecutorBuilder builder, Action<CodeFirstOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(CodeFirstSetup.Get(builder).Options);
        return builder;
    }

    /// <summary>
    /// Declares how resolvers get a service: with <see cref="ServiceKind.Resolver"/>, every resolver taking it runs in a
    /// DI scope of its own (Hot Chocolate's <c>RegisterService&lt;T&gt;(ServiceKind.Resolver)</c>), so that concurrent
    /// resolvers never share an instance. The service must still be registered in the container.
    /// </summary>
    public static IRequestExecutorBuilder RegisterService<TService>(this IRequestExecutorBuilder builder, ServiceKind kind = ServiceKind.Default)
    {
        var scoped = CodeFirstSetup.Get(builder).Options.ResolverScopedServices;
        if (kind == ServiceKind.Resolver)
        {
            scoped.Add(typeof(TService));
        }
        else
        {
            scoped.Remove(typeof(TService));
        }

        return builder;
    }

    /// <summary>Maps a CLR type to a scalar: <typeparamref name="TScalar"/> is added to the schema and stands for <typeparamref name="TRuntime"/> in inferred types.</summary>
    public static IRequestExecutorBuilder BindRuntimeType<TRuntime, TScalar>(this IRequestExecutorBuilder builder)
        where TScalar : ScalarType, new()
    {
        var name = new TScalar().Name;
        CodeFirstSetup.Get(builder).Options.ScalarBindings[typeof(TRuntime)] = name;
        if (!BuiltInScalars.IsBuiltIn(name))
        {
            builder.ConfigureSchema(schema => schema.AddScalar(new TScalar()));
        }

        return builder;
    }

    private static IRequestExecutorBuilder AddRootType(this IRequestExecutorBuilder builder, Type type, OperationType operation)
    {
        ArgumentNullException.ThrowIfNull(type);
        CodeFirstSetup.Get(builder).AddRootType(type, operation);
        return builder;
    }
}
