using System.Reflection;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Generates the code-first part of a schema, in phases: fluent types, root type classes, registered types and
/// type extensions are discovered (with everything they reference); completion callbacks run; interfaces and
/// unions are linked to their object types; the conventions (global object identification, mutation conventions,
/// authorization) apply; then every field is finalized and the configurations are added to the schema in a stable
/// order (roots, then interfaces, objects, unions, inputs and enums, each by name).
/// </summary>
internal static class SchemaGenerator
{
    public static void Generate(SchemaConfigurationContext schema, CodeFirstRegistrations registrations, IServiceProvider services)
    {
        var context = new DescriptorContext(schema, registrations.Options, services);
        Discover(context, registrations);
        bool ranHooks;
        do
        {
            context.DrainWork();
            ranHooks = RunFieldCompletionHooks(context);
            context.RunCompletionCallbacks();
        }
        while (ranHooks || context.HasPendingWork);

        AbstractTypeLinker.Link(context);
        GlobalObjectIdentification.Apply(context);
        MutationConventions.Apply(context);
        context.DrainWork();
        context.RunCompletionCallbacks();
        AbstractTypeLinker.Link(context);
        AuthorizationConvention.Apply(context);
        Finalize(context);
    }

    private static void Discover(DescriptorContext context, CodeFirstRegistrations registrations)
    {
        // Fluent types first: they decide how their CLR types look before anything refers to them.
        foreach (var type in registrations.Types)
        {
            if (FluentTypes.TryGetRuntimeType(type, out var runtimeType))
            {
                context.DiscoverFluentType(type, runtimeType);
            }
        }

        foreach (var (type, operation) in registrations.RootTypes)
        {
            AddRootClass(context, type, operation);
        }

        var extensions = new List<Type>();
        foreach (var type in registrations.Types)
        {
            if (FluentTypes.IsFluentType(type))
            {
                continue;
            }

            if (type.GetCustomAttribute<ExtendObjectTypeAttribute>(inherit: false) is not null)
            {
                extensions.Add(type);
            }
            else if (GetRootOperation(type) is { } operation)
            {
                AddRootClass(context, type, operation);
            }
            else
            {
                context.GetOutputTypeName(type);
            }
        }

        context.DrainWork();
        foreach (var extension in extensions)
        {
            ApplyExtension(context, extension);
            context.DrainWork();
        }
    }

    private static void AddRootClass(DescriptorContext context, Type type, OperationType operation) =>
        ObjectFieldInference.AddResolverClassFields(context, context.GetRootType(operation), type, operation == OperationType.Subscription, replace: false);

    private static OperationType? GetRootOperation(Type type) =>
        type.IsDefined(typeof(QueryTypeAttribute)) ? OperationType.Query
        : type.IsDefined(typeof(MutationTypeAttribute)) ? OperationType.Mutation
        : type.IsDefined(typeof(SubscriptionTypeAttribute)) ? OperationType.Subscription
        : null;

    private static void ApplyExtension(DescriptorContext context, Type extension)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>(inherit: false)!;
        ObjectTypeDefinition? target;
        var operation = OperationType.Query;
        if (attribute.ExtendsType is { } extendsType)
        {
            target = context.DiscoverObject(extendsType);
            context.DrainWork();
        }
        else
        {
            target = FindByName(context, attribute.Name!, out operation);
        }

        if (target is null)
        {
            context.ReportError($"The extension {extension.Name} extends \"{attribute.Name}\", which is not an object type of the schema.", attribute.Name);
            return;
        }

        foreach (var ignored in attribute.IgnoreProperties)
        {
            foreach (var field in target.Fields.Where(f => f.Member?.Name == ignored))
            {
                field.IsIgnored = true;
            }
        }

        ObjectFieldInference.AddResolverClassFields(context, target, extension, target.IsRootType && operation == OperationType.Subscription, replace: true);
    }

    private static ObjectTypeDefinition? FindByName(DescriptorContext context, string name, out OperationType operation)
    {
        foreach (var root in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var rootName = root switch
            {
                OperationType.Query => context.Schema.QueryTypeName ?? context.Schema.Options.QueryTypeName,
                OperationType.Mutation => context.Schema.MutationTypeName ?? context.Schema.Options.MutationTypeName,
                _ => context.Schema.SubscriptionTypeName ?? context.Schema.Options.SubscriptionTypeName,
            };
            if (rootName == name)
            {
                operation = root;
                return context.GetRootType(root);
            }
        }

        operation = OperationType.Query;
        return context.TryGetObjectType(name, out var definition) ? definition : null;
    }

    /// <summary>Runs the completion hooks fields registered; true when any ran (they may have discovered more).</summary>
    private static bool RunFieldCompletionHooks(DescriptorContext context)
    {
        var ran = false;
        foreach (var type in context.ObjectTypes.ToArray())
        {
            foreach (var field in type.Fields.ToArray())
            {
                if (field.CompletionHooks.Count == 0)
                {
                    continue;
                }

                var hooks = field.CompletionHooks.ToArray();
                field.CompletionHooks.Clear();
                var descriptor = new ObjectFieldDescriptor(context, field);
                foreach (var hook in hooks)
                {
                    hook(context, descriptor);
                }

                ran = true;
            }
        }

        return ran;
    }

    private static void Finalize(DescriptorContext context)
    {
        foreach (var input in context.InputObjectTypes)
        {
            InputObjectFactoryCompiler.Compile(context, input);
        }

        foreach (var type in context.ObjectTypes)
        {
            foreach (var field in type.Fields)
            {
                if (field.IsIgnored)
                {
                    continue;
                }

                FieldFinalizer.Finalize(context, field, type.Name);
                type.Configuration.Fields.Add(field.Configuration);
            }
        }

        foreach (var interfaceType in context.InterfaceTypes)
        {
            foreach (var field in interfaceType.Fields)
            {
                if (!field.IsIgnored)
                {
                    FieldFinalizer.FinalizeInterfaceField(field);
                    interfaceType.Configuration.Fields.Add(field.Configuration);
                }
            }
        }

        AddToSchema(context);
        if (context.Options.IsAuthorizationEnabled)
        {
            AuthorizationConvention.AttachMiddleware(context.Schema);
        }
    }

    private static void AddToSchema(DescriptorContext context)
    {
        var schema = context.Schema;
        var roots = context.ObjectTypes.Where(t => t.IsRootType && !t.IsExisting).Select(t => t.Configuration);
        var others = context.ObjectTypes.Where(t => !t.IsRootType && !t.IsExisting).Select(t => (NamedTypeConfiguration)t.Configuration)
            .Concat(context.InterfaceTypes.Select(t => t.Configuration))
            .Concat(context.UnionTypes.Select(t => t.Configuration))
            .Concat(context.InputObjectTypes.Select(t => t.Configuration))
            .Concat(context.EnumTypes)
            .Concat(context.GeneratedTypes.Where(t => !schema.TryGetType(t.Name, out _)));
        foreach (var root in roots.OrderBy(r => RootOrder(context, r.Name)))
        {
            schema.AddType(root);
        }

        foreach (var type in others.OrderBy(KindOrder).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            schema.AddType(type);
        }
    }

    private static int RootOrder(DescriptorContext context, string name) =>
        name == (context.Schema.QueryTypeName ?? context.Schema.Options.QueryTypeName) ? 0
        : name == (context.Schema.MutationTypeName ?? context.Schema.Options.MutationTypeName) ? 1
        : 2;

    private static int KindOrder(NamedTypeConfiguration type) => type.Kind switch
    {
        TypeKind.Interface => 0,
        TypeKind.Object => 1,
        TypeKind.Union => 2,
        TypeKind.InputObject => 3,
        TypeKind.Enum => 4,
        _ => 5,
    };
}
