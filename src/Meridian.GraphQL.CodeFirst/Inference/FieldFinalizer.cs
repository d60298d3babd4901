using System.Reflection;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Turns a field definition into its final engine configuration: arguments written out, the resolver compiled
/// from its member (or the explicit one), node IDs formatted, the subscription source stream, and the middleware in
/// its order — resolver scope, mutation convention, then the field's own (data middleware order checked).
/// </summary>
internal static class FieldFinalizer
{
    public static void Finalize(DescriptorContext context, ObjectFieldDefinition field, string declaringTypeName)
    {
        var configuration = field.Configuration;
        configuration.Arguments.Clear();
        foreach (var argument in field.Arguments)
        {
            configuration.Arguments.Add(argument.Configuration);
        }

        var needsResolverScope = CompileResolver(context, field, declaringTypeName);
        configuration.Middleware.Clear();
        if (needsResolverScope)
        {
            configuration.Middleware.Add(ResolverScope.Middleware);
        }

        if (field.Mutation?.Middleware is { } mutation)
        {
            configuration.Middleware.Add(mutation);
        }

        CheckDataMiddlewareOrder(context, field, declaringTypeName);
        foreach (var middleware in field.MiddlewareDefinitions)
        {
            configuration.Middleware.Add(middleware.Middleware);
        }
    }

    /// <summary>Writes an interface field's arguments (interface fields have no resolvers).</summary>
    public static void FinalizeInterfaceField(ObjectFieldDefinition field)
    {
        field.Configuration.Arguments.Clear();
        foreach (var argument in field.Arguments)
        {
            field.Configuration.Arguments.Add(argument.Configuration);
        }
    }

    /// <summary>The reader of each argument-bound parameter: the field's argument of that parameter, converted when needed.</summary>
    public static ArgumentReader ReadArgument(DescriptorContext context, ObjectFieldDefinition field, ParameterBinding binding)
    {
        if (field.Mutation?.InputReaders.TryGetValue(binding.Parameter, out var inputReader) == true)
        {
            return inputReader;
        }

        var argument = field.Arguments.Find(a => a.Parameter == binding.Parameter)
            ?? field.Arguments.Find(a => a.Parameter is { } other && other.Name == binding.Parameter.Name && other.Member != binding.Parameter.Member);
        if (argument is null)
        {
            context.ReportError($"The parameter \"{binding.Parameter.Name}\" of {field} has no argument to read.", field.ToString());
            return new FieldArgumentReader(binding.Parameter.Name!, null);
        }

        var type = binding.Parameter.ParameterType;
        var converter = argument.Id is not null || !InputValueConverter.IsDirect(type) ? context.Converter.Get(type, argument.Id) : null;
        return new FieldArgumentReader(argument.Name, converter);
    }

    /// <summary>Creates the instance expression source of a member.</summary>
    public static ResolverInstance GetInstance(DescriptorContext context, MemberInfo member, Type sourceType, bool memberOfParent)
    {
        var isStatic = member switch
        {
            PropertyInfo property => property.GetMethod!.IsStatic,
            MethodInfo method => method.IsStatic,
            _ => true,
        };

        if (isStatic)
        {
            return ResolverInstance.None;
        }

        return memberOfParent
            ? ResolverInstance.Parent(sourceType)
            : ResolverInstance.ResolverClass(context.GetResolverClassInstance(sourceType), sourceType);
    }

    private static bool CompileResolver(DescriptorContext context, ObjectFieldDefinition field, string declaringTypeName)
    {
        var configuration = field.Configuration;
        FieldResolverDelegate? resolver = field.ExplicitResolver;
        PureFieldDelegate? pure = field.ExplicitPureResolver;
        var needsScope = false;
        var subscription = field.Subscription;
        if (resolver is null && pure is null && field.Member is { } member && field.SourceType is { } sourceType
            && (subscription is null || subscription.ResolvesWithMember))
        {
            if (member is PropertyInfo property && (field.MemberOfParent || property.GetMethod!.IsStatic))
            {
                pure = PropertyResolverEmitter.Create(property, sourceType);
            }
            else
            {
                var call = ResolverCall.Create(
                    member,
                    GetInstance(context, member, sourceType, field.MemberOfParent),
                    field.Parameters,
                    binding => ReadArgument(context, field, binding));
                (resolver, pure, needsScope) = ResolverCompiler.CompileField(call);
            }
        }

        if (field.ResultId is { } id)
        {
            var formatter = new NodeIdFormatter(context.Ids, context.ResolveNodeTypeName(id, declaringTypeName)!);
            if (resolver is null && pure is null)
            {
                context.ReportError($"The ID field {declaringTypeName}.{field.Name} needs a member or a resolver to read the key from.", $"{declaringTypeName}.{field.Name}");
            }

            (resolver, pure) = WrapResult(resolver, pure, formatter.Format);
        }

        if (subscription is not null)
        {
            configuration.SubscribeResolver = CreateSubscribeResolver(context, field, subscription);
        }

        configuration.Resolver = resolver;
        configuration.PureResolver = pure;
        return needsScope;
    }

    private static SubscribeResolverDelegate? CreateSubscribeResolver(DescriptorContext context, ObjectFieldDefinition field, SubscriptionDefinition subscription)
    {
        if (subscription.Topic is { } topic)
        {
            foreach (var name in topic.Arguments)
            {
                if (field.FindArgument(name) is { Id: { } id, RuntimeType: { } runtimeType })
                {
                    topic.SetConverter(name, context.Converter.Get(runtimeType, id));
                }
            }

            return SourceStreamAdapter.ForTopic(topic, subscription.MessageType);
        }

        var method = subscription.SubscribeMethod!;
        var bindings = method == field.Member ? field.Parameters : subscription.SubscribeParameters;
        var call = ResolverCall.Create(
            method,
            GetInstance(context, method, field.SourceType!, memberOfParent: false),
            bindings,
            binding => ReadArgument(context, field, binding));
        return SourceStreamAdapter.ForMethod(ResolverCompiler.CompileRaw(call), method.ReturnType);
    }

    /// <summary>Applies <paramref name="map"/> to what the resolver returns.</summary>
    private static (FieldResolverDelegate?, PureFieldDelegate?) WrapResult(FieldResolverDelegate? resolver, PureFieldDelegate? pure, Func<object?, object?> map)
    {
        if (resolver is not null)
        {
            return (async context => map(await resolver(context).ConfigureAwait(false)), null);
        }

        return pure is not null ? (null, context => map(pure(context))) : (null, null);
    }

    private static void CheckDataMiddlewareOrder(DescriptorContext context, ObjectFieldDefinition field, string declaringTypeName)
    {
        var last = -1;
        string? lastKey = null;
        foreach (var middleware in field.MiddlewareDefinitions)
        {
            var rank = middleware.Key is null ? -1 : IndexOf(middleware.Key);
            if (rank < 0)
            {
                continue;
            }

            if (rank < last)
            {
                context.ReportError(
                    $"The data middleware of {declaringTypeName}.{field.Name} is out of order: {Short(middleware.Key!)} must come before {Short(lastKey!)}. "
                    + "The order is UsePaging, UseProjection, UseFiltering, UseSorting.",
                    $"{declaringTypeName}.{field.Name}");
                return;
            }

            last = rank;
            lastKey = middleware.Key;
        }

        static int IndexOf(string key)
        {
            for (var i = 0; i < WellKnownMiddleware.DataOrder.Count; i++)
            {
                if (WellKnownMiddleware.DataOrder[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }

        static string Short(string key) => "Use" + key[(key.LastIndexOf('.') + 1)..];
    }
}
