using System.Diagnostics.CodeAnalysis;
using Meridian.Language;
using Meridian.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

/// <summary>
/// The state of one code-first schema generation: which CLR types became which GraphQL types, the definitions
/// built so far, generated types, pending work and completion callbacks. Discovery is lazy: asking for the type of a
/// CLR type registers its definition at once (so cycles resolve) and queues the inference of its members.
/// </summary>
internal sealed partial class DescriptorContext : ICompletionContext
{
    private readonly SchemaConfigurationContext _schema;
    private readonly Dictionary<Type, string> _outputTypeNames = [];
    private readonly Dictionary<Type, string> _inputTypeNames = [];
    private readonly Dictionary<string, Type> _clrTypeByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedTypeConfiguration> _inferred = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectTypeDefinition> _objectTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, ObjectTypeDefinition> _objectTypesByClr = [];
    private readonly Dictionary<Type, InterfaceTypeDefinition> _interfaces = [];
    private readonly Dictionary<Type, UnionTypeDefinition> _unions = [];
    private readonly Dictionary<Type, InputObjectTypeDefinition> _inputObjects = [];
    private readonly Dictionary<Type, EnumTypeConfiguration> _enums = [];
    private readonly Dictionary<string, NamedTypeConfiguration> _generated = new(StringComparer.Ordinal);
    private readonly Queue<Action> _work = new();
    private readonly List<Action<ICompletionContext>> _completionCallbacks = [];
    private readonly IServiceProviderIsService? _serviceCheck;
    private readonly HashSet<Type> _dataLoaderTypes = [];
    private readonly Dictionary<Type, ResolverClassInstance> _resolverInstances = [];

    public DescriptorContext(SchemaConfigurationContext schema, CodeFirstOptions options, IServiceProvider services)
    {
        _schema = schema;
        Options = options;
        Services = services;
        _serviceCheck = services.GetService<IServiceProviderIsService>();
        foreach (var registration in services.GetServices<DataLoader.DataLoaderRegistration>())
        {
            _dataLoaderTypes.Add(registration.ServiceType);
        }

        Ids = services.GetService<NodeIdSerializer>() ?? NodeIdSerializer.Default;
        Converter = new InputValueConverter(this, Ids);
    }

    /// <summary>Reads nullability annotations (with a cache shared by the whole generation).</summary>
    public NullabilityReader Nullability { get; } = new();

    /// <summary>The serializer of opaque node IDs (a registered <see cref="NodeIdSerializer"/>, else the default).</summary>
    public NodeIdSerializer Ids { get; }

    /// <summary>The converters of input values to resolver parameter types.</summary>
    public InputValueConverter Converter { get; }

    public IServiceProvider Services { get; }

    public INamingConventions Naming => Options.Naming;

    public CodeFirstOptions Options { get; }

    public SchemaConfigurationContext Schema => _schema;

    public IReadOnlyCollection<ObjectTypeDefinition> ObjectTypes => _objectTypes.Values;

    public IEnumerable<InterfaceTypeDefinition> InterfaceTypes => _interfaces.Values;

    public IEnumerable<UnionTypeDefinition> UnionTypes => _unions.Values;

    public IEnumerable<InputObjectTypeDefinition> InputObjectTypes => _inputObjects.Values;

    public IEnumerable<EnumTypeConfiguration> EnumTypes => _enums.Values;

    public IEnumerable<NamedTypeConfiguration> GeneratedTypes => _generated.Values;

    /// <summary>Methods marked <see cref="NodeResolverAttribute"/> in resolver classes, with the class that declares them.</summary>
    public List<(System.Reflection.MethodInfo Method, Type DeclaringClass)> NodeResolverCandidates { get; } = [];

    /// <summary>True while work or completion callbacks are waiting.</summary>
    public bool HasPendingWork => _work.Count > 0 || _completionCallbacks.Count > 0;

    public TypeReference GetOutputType(Type clrType) => TypeReference.Named(GetOutputTypeName(clrType));

    public TypeReference GetInputType(Type clrType) => TypeReference.Named(GetInputTypeName(clrType));

    public TypeReference GetOutputType(ClrTypeShape shape) => TypeReferences.FromShape(shape, GetOutputTypeName(shape.NamedClrType));

    public TypeReference GetInputType(ClrTypeShape shape) => TypeReferences.FromShape(shape, GetInputTypeName(shape.NamedClrType));

    public T GetOrAddType<T>(string name, Func<string, T> create)
        where T : NamedTypeConfiguration
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        if (TryGetType(name, out var existing))
        {
            if (existing is T typed)
            {
                return typed;
            }

            ReportError($"The type \"{name}\" is a {existing!.Kind} and cannot be used as a {typeof(T).Name}.", name);
        }

        var created = create(name);
        if (created.Name != name)
        {
            ReportError($"A type registered as \"{name}\" was created with the name \"{created.Name}\".", name);
        }

        _generated[name] = created;
        return created;
    }

    public bool TryGetType(string name, out NamedTypeConfiguration? configuration)
    {
        if (_objectTypes.TryGetValue(name, out var objectType))
        {
            configuration = objectType.Configuration;
            return true;
        }

        return _inferred.TryGetValue(name, out configuration) || _generated.TryGetValue(name, out configuration) || _schema.TryGetType(name, out configuration);
    }

    public void OnBeforeCompletion(Action<ICompletionContext> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _completionCallbacks.Add(callback);
    }

    public void ReportError(string message, string? coordinate = null) => _schema.ReportError(message, coordinate);

    public bool TryGetObjectType(Type runtimeType, [NotNullWhen(true)] out ObjectTypeDefinition? definition) =>
        _objectTypesByClr.TryGetValue(runtimeType, out definition);

    public bool TryGetObjectType(string name, [NotNullWhen(true)] out ObjectTypeDefinition? definition) =>
        _objectTypes.TryGetValue(name, out definition);

    public bool TryGetInputObject(Type runtimeType, [NotNullWhen(true)] out InputObjectTypeDefinition? definition) =>
        _inputObjects.TryGetValue(runtimeType, out definition);

    /// <summary>True when the container can resolve <paramref name="type"/> (implicit service parameters).</summary>
    public bool IsService(Type type) => _serviceCheck?.IsService(type) == true;

    /// <summary>True when <paramref name="type"/> is a DataLoader a resolver asks for by parameter.</summary>
    public bool IsDataLoader(Type type) =>
        _dataLoaderTypes.Contains(type) || typeof(DataLoader.IDataLoader).IsAssignableFrom(type);

    /// <summary>Runs queued inference work until none is left.</summary>
    public void DrainWork()
    {
        while (_work.TryDequeue(out var work))
        {
            work();
        }
    }

    /// <summary>Runs the completion callbacks registered so far (they may discover more types and register more callbacks).</summary>
    public void RunCompletionCallbacks()
    {
        while (_completionCallbacks.Count > 0)
        {
            var callbacks = _completionCallbacks.ToArray();
            _completionCallbacks.Clear();
            foreach (var callback in callbacks)
            {
                callback(this);
                DrainWork();
            }
        }
    }

    /// <summary>The root type of an operation, created empty or wrapping the configuration of that name SDL declared.</summary>
    public ObjectTypeDefinition GetRootType(OperationType operation)
    {
        var name = operation switch
        {
            OperationType.Query => _schema.QueryTypeName ?? _schema.Options.QueryTypeName,
            OperationType.Mutation => _schema.MutationTypeName ?? _schema.Options.MutationTypeName,
            _ => _schema.SubscriptionTypeName ?? _schema.Options.SubscriptionTypeName,
        };

        if (_objectTypes.TryGetValue(name, out var root))
        {
            return root;
        }

        root = _schema.TryGetType<ObjectTypeConfiguration>(name, out var existing)
            ? new ObjectTypeDefinition(existing, null) { IsExisting = true }
            : new ObjectTypeDefinition(new ObjectTypeConfiguration(name), null);
        root.IsRootType = true;
        _objectTypes.Add(name, root);
        return root;
    }

    /// <summary>The GraphQL name of a schema type class (<c>[GraphQLType(typeof(X))]</c>, <c>Type&lt;X&gt;()</c>).</summary>
    public string GetSchemaTypeName(Type schemaType)
    {
        if (typeof(ScalarType).IsAssignableFrom(schemaType) && !schemaType.IsAbstract)
        {
            var scalar = (ScalarType)Activator.CreateInstance(schemaType)!;
            if (!_schema.TryGetType(scalar.Name, out _) && !BuiltInScalars.IsBuiltIn(scalar.Name))
            {
                _schema.AddType(new ScalarTypeConfiguration(scalar));
            }

            return scalar.Name;
        }

        if (FluentTypes.TryGetRuntimeType(schemaType, out var runtimeType))
        {
            return DiscoverFluentType(schemaType, runtimeType).Name;
        }

        ReportError($"{schemaType.Name} is not a schema type: use a ScalarType subclass or an ObjectType<T> subclass.", schemaType.Name);
        return ScalarNames.String;
    }

    /// <summary>The shared instance of a non-static resolver class.</summary>
    public ResolverClassInstance GetResolverClassInstance(Type type)
    {
        if (!_resolverInstances.TryGetValue(type, out var instance))
        {
            instance = new ResolverClassInstance(type, Services, IsService(type));
            _resolverInstances.Add(type, instance);
        }

        return instance;
    }

    /// <summary>The node type name an <c>[ID]</c> names: explicit, from its CLR type, else <paramref name="fallback"/>.</summary>
    public string? ResolveNodeTypeName(NodeIdReference id, string? fallback) =>
        id.TypeName ?? (id.NodeType is { } nodeType ? GetOutputTypeName(nodeType) : fallback);

    /// <summary>Registers a type inferred from a CLR type under its name, as the output and/or input type of the CLR type.</summary>
    private void RegisterInferred(NamedTypeConfiguration configuration, Type clrType, bool asOutput, bool asInput)
    {
        ClaimName(configuration.Name, clrType);
        _inferred[configuration.Name] = configuration;
        if (asOutput)
        {
            _outputTypeNames[clrType] = configuration.Name;
        }

        if (asInput)
        {
            _inputTypeNames[clrType] = configuration.Name;
        }
    }

    /// <summary>Remembers which CLR type a name came from; two CLR types inferring one name is a schema error.</summary>
    private void ClaimName(string name, Type clrType)
    {
        if (_clrTypeByName.TryGetValue(name, out var other) && other != clrType)
        {
            ReportError($"The GraphQL type name \"{name}\" is inferred from both {other.FullName} and {clrType.FullName}; rename one with [GraphQLName].", name);
            return;
        }

        _clrTypeByName[name] = clrType;
    }
}
