using Meridian.Errors;
using Meridian.Execution;
using Meridian.Introspection;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL and configurations: collect everything, then <see cref="Build"/> completes,
/// validates (every rule of §3, reporting all errors at once) and freezes it.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<NamedTypeConfiguration> _types = [];
    private readonly List<DirectiveTypeConfiguration> _directiveTypes = [];
    private readonly List<Action<SchemaConfigurationContext>> _bindings = [];
    private readonly List<Action<SchemaConfigurationContext>> _beforeComplete = [];
    private readonly List<ISchemaConfigurationInterceptor> _interceptors = [];
    private readonly List<FieldMiddleware> _fieldMiddleware = [];
    private readonly List<DirectiveConfiguration> _schemaDirectives = [];
    private readonly Dictionary<string, object?> _contextData = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, string> _rootTypeNames = [];
    private readonly SchemaOptions _options = new();
    private string? _description;
    private bool _built;

    public static SchemaBuilder New() => new();

    /// <summary>Adds type definitions and extensions written in SDL; they are read when the schema is built.</summary>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return AddDocument(Parser.Parse(sdl));
    }

    /// <summary>Adds a parsed SDL document (executable definitions in it are ignored).</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Adds a type configuration.</summary>
    public SchemaBuilder AddType(NamedTypeConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _types.Add(configuration);
        return this;
    }

    /// <summary>Adds a scalar implementation; an SDL <c>scalar</c> definition of the same name binds to it.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        return AddType(new ScalarTypeConfiguration(scalar));
    }

    public SchemaBuilder AddDirectiveType(DirectiveTypeConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _directiveTypes.Add(configuration);
        return this;
    }

    /// <summary>Sets the asynchronous resolver of <c>typeName.fieldName</c> (an object or interface field).</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolverDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindField(typeName, fieldName, "resolver", field => field.Resolver = resolver);
    }

    /// <summary>Sets a synchronous, side-effect-free resolver of <c>typeName.fieldName</c>, which the executor runs inline.</summary>
    public SchemaBuilder BindPureResolver(string typeName, string fieldName, PureFieldDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindField(typeName, fieldName, "resolver", field => field.PureResolver = resolver);
    }

    /// <summary>Sets the source stream resolver of a subscription field.</summary>
    public SchemaBuilder BindSubscribeResolver(string typeName, string fieldName, SubscribeResolverDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindField(typeName, fieldName, "subscribe resolver", field => field.SubscribeResolver = resolver);
    }

    /// <summary>Adds middleware to <c>typeName.fieldName</c>, inside the middleware added before.</summary>
    public SchemaBuilder AddFieldMiddleware(string typeName, string fieldName, FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        return BindField(typeName, fieldName, "middleware", field => field.Middleware.Add(middleware));
    }

    /// <summary>Adds middleware to every object type field, outside each field's own middleware.</summary>
    public SchemaBuilder AddFieldMiddleware(FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _fieldMiddleware.Add(middleware);
        return this;
    }

    /// <summary>Binds a CLR type to an object, enum or input object type (for abstract type resolution and runtime values).</summary>
    public SchemaBuilder BindRuntimeType(string typeName, Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        _bindings.Add(context =>
        {
            switch (context.TryGetType(typeName, out var type) ? type : null)
            {
                case ObjectTypeConfiguration objectType:
                    objectType.RuntimeType = runtimeType;
                    break;
                case EnumTypeConfiguration enumType:
                    enumType.RuntimeType = runtimeType;
                    break;
                case InputObjectTypeConfiguration inputType:
                    inputType.RuntimeType = runtimeType;
                    break;
                case null:
                    context.ReportError($"Cannot bind the runtime type {runtimeType.Name}: the schema has no type named \"{typeName}\".", typeName);
                    break;
                default:
                    context.ReportError($"Cannot bind the runtime type {runtimeType.Name} to \"{typeName}\": only object, enum and input object types take runtime types.", typeName);
                    break;
            }
        });
        return this;
    }

    public SchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the root type of an operation type (overrides a schema definition).</summary>
    public SchemaBuilder SetRootType(OperationType operation, string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        _rootTypeNames[operation] = typeName;
        return this;
    }

    /// <summary>Applies a directive to the schema.</summary>
    public SchemaBuilder AddSchemaDirective(DirectiveConfiguration directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _schemaDirectives.Add(directive);
        return this;
    }

    public SchemaBuilder SetContextData(string key, object? value)
    {
        _contextData[key] = value;
        return this;
    }

    public SchemaBuilder ModifyOptions(Action<SchemaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    public SchemaBuilder AddInterceptor(ISchemaConfigurationInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        _interceptors.Add(interceptor);
        return this;
    }

    /// <summary>Runs a callback on all configurations before completion (after SDL, types and bindings).</summary>
    public SchemaBuilder OnBeforeComplete(Action<SchemaConfigurationContext> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _beforeComplete.Add(callback);
        return this;
    }

    /// <summary>
    /// Completes, validates and freezes the schema; throws <see cref="SchemaException"/> with every error found. A
    /// builder builds once.
    /// </summary>
    public Schema Build()
    {
        // Bindings and interceptors change the configurations they are given, so a builder builds one schema.
        if (_built)
        {
            throw new InvalidOperationException("This SchemaBuilder has already built a schema; create a new builder for another.");
        }

        _built = true;
        var context = new SchemaConfigurationContext(_options.Clone()) { Description = _description };
        foreach (var directive in BuiltInDirectives.CreateConfigurations())
        {
            context.AddDirectiveType(directive);
        }

        foreach (var type in _types)
        {
            context.AddType(type);
        }

        foreach (var directive in _directiveTypes)
        {
            context.AddDirectiveType(directive);
        }

        SdlReader.Read(_documents, context);
        ApplySchemaSettings(context);

        foreach (var binding in _bindings)
        {
            binding(context);
        }

        foreach (var interceptor in _interceptors)
        {
            interceptor.OnBeforeComplete(context);
        }

        foreach (var callback in _beforeComplete)
        {
            callback(context);
        }

        // Last, so that the introspection types follow the application's types and no interceptor convention touches them.
        IntrospectionTypes.AddTo(context);
        var completed = SchemaCompleter.Complete(context);
        SchemaValidator.Validate(completed, context);
        var schema = completed.Schema;
        if (context.Errors.Count > 0 || schema is null)
        {
            throw new SchemaException(context.Errors);
        }

        FieldPipelineCompiler.Compile(schema, context);
        foreach (var interceptor in _interceptors)
        {
            interceptor.OnAfterComplete(schema);
        }

        return schema;
    }

    private void ApplySchemaSettings(SchemaConfigurationContext context)
    {
        context.SchemaDirectives.AddRange(_schemaDirectives);
        context.FieldMiddleware.AddRange(_fieldMiddleware);
        foreach (var (key, value) in _contextData)
        {
            context.ContextData[key] = value;
        }

        foreach (var (operation, typeName) in _rootTypeNames)
        {
            context.SetRootTypeName(operation, typeName);
        }
    }

    private SchemaBuilder BindField(string typeName, string fieldName, string what, Action<FieldConfiguration> bind)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        _bindings.Add(context =>
        {
            var field = context.TryGetType(typeName, out var type)
                ? type switch
                {
                    ObjectTypeConfiguration objectType => objectType.FindField(fieldName),
                    InterfaceTypeConfiguration interfaceType => interfaceType.FindField(fieldName),
                    _ => null,
                }
                : null;

            if (field is null)
            {
                context.ReportError($"Cannot bind a {what} to \"{typeName}.{fieldName}\": the schema has no such field.", $"{typeName}.{fieldName}");
                return;
            }

            bind(field);
        });
        return this;
    }
}
