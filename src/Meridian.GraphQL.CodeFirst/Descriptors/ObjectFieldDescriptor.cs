using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst;

internal sealed class ObjectFieldDescriptor(DescriptorContext context, ObjectFieldDefinition definition) : IObjectFieldDescriptor
{
    public ObjectFieldDefinition Definition => definition;

    public IObjectFieldDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string? description)
    {
        definition.Configuration.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string? reason = null)
    {
        definition.Configuration.DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public IObjectFieldDescriptor Type(TypeReference type)
    {
        ArgumentNullException.ThrowIfNull(type);
        definition.Type = type;
        return this;
    }

    public IObjectFieldDescriptor Type<TSchemaType>()
    {
        definition.Type = TypeReferences.ReplaceNamedType(definition.Type, context.GetSchemaTypeName(typeof(TSchemaType)));
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var argument = definition.FindArgument(name);
        if (argument is null)
        {
            argument = new ArgumentDefinition(name, TypeReference.Named(ScalarNames.String));
            definition.Arguments.Add(argument);
        }

        configure(new ArgumentDescriptor(argument));
        return this;
    }

    public IObjectFieldDescriptor Use(FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        definition.MiddlewareDefinitions.Add(new FieldMiddlewareDefinition(middleware));
        return this;
    }

    public IObjectFieldDescriptor Use(string key, FieldMiddleware middleware)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(middleware);
        definition.MiddlewareDefinitions.Add(new FieldMiddlewareDefinition(middleware, key));
        return this;
    }

    public IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        definition.ExplicitResolver = resolver;
        definition.ExplicitPureResolver = null;
        return this;
    }

    public IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        definition.ExplicitPureResolver = new PureFieldDelegate(resolver);
        definition.ExplicitResolver = null;
        return this;
    }

    public IObjectFieldDescriptor Ignore(bool ignore = true)
    {
        definition.IsIgnored = ignore;
        return this;
    }

    public IObjectFieldDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        definition.Configuration.Directives.Add(DirectiveConfiguration.Create(name, arguments));
        return this;
    }

    public IObjectFieldDescriptor ID(string? typeName = null)
    {
        definition.ResultId = new NodeIdReference(typeName, null);
        definition.Type = NodeIdTypes.ToIdType(definition.Type);
        return this;
    }

    public IObjectFieldDescriptor OnBeforeCompletion(Action<ICompletionContext, IObjectFieldDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        definition.CompletionHooks.Add(configure);
        return this;
    }
}
