using Meridian.Execution;

namespace Meridian.Types;

/// <summary>
/// Compiles each object type field's pipeline once: the global middleware, then the field's own, around the
/// resolver. A field without a resolver inherits one from an interface field of the same name, else gets the
/// default resolver (a compiled read of the parent's property or dictionary entry); a subscription field without
/// one resolves to the event itself.
/// </summary>
internal static class FieldPipelineCompiler
{
    public static void Compile(Schema schema, SchemaConfigurationContext context)
    {
        foreach (var type in schema.Types)
        {
            if (type is not ObjectType objectType)
            {
                continue;
            }

            var isSubscription = ReferenceEquals(objectType, schema.SubscriptionType);
            foreach (var field in objectType.Fields.AsSpan())
            {
                CompileField(objectType, field, isSubscription, context.FieldMiddleware, schema.Options);
            }
        }
    }

    private static void CompileField(ObjectType type, OutputField field, bool isSubscription, List<FieldMiddleware> globalMiddleware, SchemaOptions options)
    {
        var resolver = field.Resolver;
        var pureResolver = field.PureResolver;
        if (resolver is null && pureResolver is null)
        {
            (resolver, pureResolver) = FindInterfaceResolver(type, field.Name);
        }

        DefaultFieldResolver? defaultResolver = null;
        if (resolver is null && pureResolver is null)
        {
            if (isSubscription && field.SubscribeResolver is not null)
            {
                pureResolver = static context => context.Parent<object?>();
            }
            else
            {
                defaultResolver = new DefaultFieldResolver(field.Name, field.Member, options.DefaultResolverIgnoresCase);
                pureResolver = defaultResolver.Resolve;
            }
        }

        var effectiveResolver = resolver ?? ToAsync(pureResolver!);
        FieldDelegate pipeline = resolver is not null ? InvokeAsync(resolver) : InvokePure(pureResolver!);
        // Global middleware is the application's (authorization, projections …); introspection fields keep their pure
        // resolvers so that the executor runs them inline.
        var middleware = globalMiddleware.Count == 0 || type.IsIntrospectionType ? field.Middleware : [.. globalMiddleware, .. field.Middleware];
        for (var i = middleware.Length - 1; i >= 0; i--)
        {
            pipeline = middleware[i](pipeline);
        }

        field.Resolver = effectiveResolver;
        field.PureResolver = resolver is null && middleware.Length == 0 ? pureResolver : null;
        field.LeafCompleter = defaultResolver is not null && middleware.Length == 0 ? LeafFieldCompleter.Create(defaultResolver, field.Type) : null;
        field.Pipeline = pipeline;
    }

    private static (FieldResolverDelegate? Resolver, PureFieldDelegate? PureResolver) FindInterfaceResolver(ObjectType type, string fieldName)
    {
        foreach (var interfaceType in type.Interfaces)
        {
            if (interfaceType.Fields.TryGetField(fieldName, out var interfaceField)
                && (interfaceField.Resolver is not null || interfaceField.PureResolver is not null))
            {
                return (interfaceField.Resolver, interfaceField.PureResolver);
            }
        }

        return (null, null);
    }

    private static FieldResolverDelegate ToAsync(PureFieldDelegate resolver) =>
        context => new ValueTask<object?>(resolver(context));

    private static FieldDelegate InvokePure(PureFieldDelegate resolver) =>
        context =>
        {
            context.Result = resolver(context);
            return default;
        };

    private static FieldDelegate InvokeAsync(FieldResolverDelegate resolver) =>
        context =>
        {
            var pending = resolver(context);
            if (pending.IsCompletedSuccessfully)
            {
                context.Result = pending.Result;
                return default;
            }

            return AwaitResult(context, pending);
        };

    private static async ValueTask AwaitResult(IMiddlewareContext context, ValueTask<object?> pending) =>
        context.Result = await pending.ConfigureAwait(false);
}
