using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Relay's global object identification: the <c>Node</c> interface, its implementation by every type marked
/// <see cref="NodeAttribute"/> (whose key becomes <c>id: ID!</c>), and the query fields <c>node(id:)</c> and
/// <c>nodes(ids:)</c> that decode an ID, find the node type it names and call that type's node resolver.
/// </summary>
internal static class GlobalObjectIdentification
{
    public const string NodeInterfaceName = "Node";

    public static void Apply(DescriptorContext context)
    {
        if (context.Options.GlobalObjectIdentification is not { } options)
        {
            return;
        }

        var nodeTypes = context.ObjectTypes.Where(t => t.RuntimeType?.IsDefined(typeof(NodeAttribute), inherit: false) == true).ToList();

        var node = context.GetOrAddType(NodeInterfaceName, name => new InterfaceTypeConfiguration(name)
        {
            Description = "An object with a globally unique ID, which `node(id:)` refetches.",
        });
        if (node.FindField("id") is null)
        {
            node.Fields.Add(new FieldConfiguration("id", TypeReference.Parse("ID!")) { Description = "The opaque, globally unique ID of the object." });
        }

        var resolvers = new Dictionary<string, NodeResolver>(StringComparer.Ordinal);
        foreach (var type in nodeTypes)
        {
            if (ConfigureNodeType(context, type) is { } resolver)
            {
                resolvers[type.Name] = resolver;
            }
        }

        if (options.AddNodeFields)
        {
            NodeFields.Add(context, context.GetRootType(Language.OperationType.Query), resolvers, options);
        }
    }

    private static NodeResolver? ConfigureNodeType(DescriptorContext context, ObjectTypeDefinition type)
    {
        var runtimeType = type.RuntimeType!;
        var attribute = runtimeType.GetCustomAttribute<NodeAttribute>()!;
        var idField = FindIdField(type, attribute);
        if (idField is null)
        {
            context.ReportError($"The node type {type.Name} has no key property: add an Id property or name it with [Node(IdField = ...)].", type.Name);
            return null;
        }

        idField.Name = "id";
        idField.ResultId = new NodeIdReference(type.Name, null);
        idField.Type = TypeReference.Parse("ID!");
        if (!type.Configuration.Interfaces.Exists(i => i.NamedTypeName == NodeInterfaceName))
        {
            type.Configuration.Interfaces.Add(TypeReference.Named(NodeInterfaceName));
        }

        var method = FindResolverMethod(context, runtimeType, attribute);
        if (method is null)
        {
            context.ReportError(
                $"The node type {type.Name} has no node resolver: add a static Get(id) method to {runtimeType.Name} or mark a method that loads it by key with [NodeResolver].",
                type.Name);
            return null;
        }

        return CompileResolver(context, type, method.Value.Method, method.Value.DeclaringClass);
    }

    private static ObjectFieldDefinition? FindIdField(ObjectTypeDefinition type, NodeAttribute attribute)
    {
        if (attribute.IdField is { } name)
        {
            return type.Fields.Find(f => f.Member?.Name == name);
        }

        return type.Fields.Find(f => f.Member is PropertyInfo && f.Member.IsDefined(typeof(IDAttribute)))
            ?? type.Fields.Find(f => f.Member is PropertyInfo && string.Equals(f.Member.Name, "Id", StringComparison.OrdinalIgnoreCase));
    }

    private static (MethodInfo Method, Type DeclaringClass)? FindResolverMethod(DescriptorContext context, Type runtimeType, NodeAttribute attribute)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static;
        if (attribute.NodeResolver is { } named)
        {
            return runtimeType.GetMethod(named, flags) is { } method ? (method, runtimeType) : null;
        }

        var marked = runtimeType.GetMethods(flags).FirstOrDefault(m => m.IsDefined(typeof(NodeResolverAttribute)));
        if (marked is not null)
        {
            return (marked, runtimeType);
        }

        foreach (var (candidate, declaringClass) in context.NodeResolverCandidates)
        {
            if (TypeInspector.UnwrapTask(candidate.ReturnType) == runtimeType)
            {
                return (candidate, declaringClass);
            }
        }

        var conventional = runtimeType.GetMethod("Get", flags) ?? runtimeType.GetMethod("GetAsync", flags);
        return conventional is not null ? (conventional, runtimeType) : null;
    }

    /// <summary>The first argument parameter receives the key; the others are bound as in any resolver.</summary>
    private static NodeResolver? CompileResolver(DescriptorContext context, ObjectTypeDefinition type, MethodInfo method, Type declaringClass)
    {
        var bindings = method.GetParameters().Select(p => ParameterClassifier.Classify(context, p)).ToList();
        var keyIndex = bindings.FindIndex(b => b.Kind == ParameterKind.Argument);
        if (keyIndex < 0 || bindings.Count(b => b.Kind == ParameterKind.Argument) > 1)
        {
            context.ReportError($"The node resolver {declaringClass.Name}.{method.Name} of {type.Name} must take exactly one key parameter (besides services and the like).", type.Name);
            return null;
        }

        var keyType = bindings[keyIndex].Parameter.ParameterType;
        bindings[keyIndex] = bindings[keyIndex] with { Kind = ParameterKind.NodeKey };
        var call = ResolverCall.Create(
            method,
            FieldFinalizer.GetInstance(context, method, declaringClass, memberOfParent: false),
            bindings,
            _ => throw new InvalidOperationException("Node resolvers take no arguments besides the key."),
            withKey: true);
        return new NodeResolver(type.Name, keyType, ResolverCompiler.CompileKeyed(call));
    }
}
