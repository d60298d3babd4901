using Meridian.Types;

namespace Meridian.Execution;

/// <summary>Configuration of an executor: schema, options, listeners.</summary>
public static class RequestExecutorBuilderExtensions
{
    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigureSchema((_, schema) => configure(schema));
    }

    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<IServiceProvider, SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Setup.SchemaConfigurations.Add(configure);
        return builder;
    }

    /// <summary>Adds SDL type definitions.</summary>
    public static IRequestExecutorBuilder AddTypeDefinitions(this IRequestExecutorBuilder builder, string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var document = Language.Parser.Parse(sdl);
        return builder.ConfigureSchema(schema => schema.AddDocument(document));
    }

    public static IRequestExecutorBuilder BindResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, FieldResolverDelegate resolver) =>
        builder.ConfigureSchema(schema => schema.BindResolver(typeName, fieldName, resolver));

    public static IRequestExecutorBuilder BindPureResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, PureFieldDelegate resolver) =>
        builder.ConfigureSchema(schema => schema.BindPureResolver(typeName, fieldName, resolver));

    public static IRequestExecutorBuilder BindSubscribeResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, SubscribeResolverDelegate resolver) =>
        builder.ConfigureSchema(schema => schema.BindSubscribeResolver(typeName, fieldName, resolver));

    public static IRequestExecutorBuilder BindRuntimeType(this IRequestExecutorBuilder builder, string typeName, Type runtimeType) =>
        builder.ConfigureSchema(schema => schema.BindRuntimeType(typeName, runtimeType));

    public static IRequestExecutorBuilder UseField(this IRequestExecutorBuilder builder, FieldMiddleware middleware) =>
        builder.ConfigureSchema(schema => schema.AddFieldMiddleware(middleware));

    public static IRequestExecutorBuilder ModifyRequestOptions(this IRequestExecutorBuilder builder, Action<RequestExecutorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Setup.OptionsConfigurations.Add(configure);
        return builder;
    }

    public static IRequestExecutorBuilder AddDiagnosticEventListener(this IRequestExecutorBuilder builder, ExecutionDiagnosticEventListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return builder.AddDiagnosticEventListener(_ => listener);
    }

    public static IRequestExecutorBuilder AddDiagnosticEventListener(this IRequestExecutorBuilder builder, Func<IServiceProvider, ExecutionDiagnosticEventListener> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Setup.DiagnosticListeners.Add(factory);
        return builder;
    }

    /// <summary>Adds a listener created with the application's services (constructor injection).</summary>
    public static IRequestExecutorBuilder AddDiagnosticEventListener<T>(this IRequestExecutorBuilder builder)
        where T : ExecutionDiagnosticEventListener =>
        builder.AddDiagnosticEventListener(services => Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetServiceOrCreateInstance<T>(services));

    /// <summary>The executor of this builder from a built service provider.</summary>
    public static ValueTask<IRequestExecutor> GetRequestExecutorAsync(this IRequestExecutorBuilder builder, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return services.GetRequestExecutorAsync(builder.Name, cancellationToken);
    }
}
