using System.Diagnostics.CodeAnalysis;
using Meridian.Errors;
using Meridian.Execution;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// All configurations of a schema being built, as interceptors and the build steps see them: types, directive
/// definitions, schema-level settings, and the errors found so far.
/// </summary>
public sealed class SchemaConfigurationContext
{
    private readonly List<NamedTypeConfiguration> _types = [];
    private readonly Dictionary<string, NamedTypeConfiguration> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveTypeConfiguration> _directiveTypes = [];
    private readonly Dictionary<string, DirectiveTypeConfiguration> _directiveTypesByName = new(StringComparer.Ordinal);
    private readonly List<IError> _errors = [];

    internal SchemaConfigurationContext(SchemaOptions options)
    {
        Options = options;
    }

    public SchemaOptions Options { get; }

    /// <summary>The named type configurations in declaration order.</summary>
    public IReadOnlyList<NamedTypeConfiguration> Types => _types;

    /// <summary>The directive definitions, built-in ones first.</summary>
    public IReadOnlyList<DirectiveTypeConfiguration> DirectiveTypes => _directiveTypes;

    public string? Description { get; set; }

    /// <summary>Directives applied to the schema.</summary>
    public List<DirectiveConfiguration> SchemaDirectives { get; } = [];

    /// <summary>The root type names set by a schema definition or in code; null means the default name if such a type exists.</summary>
    public string? QueryTypeName { get; set; }

    public string? MutationTypeName { get; set; }

    public string? SubscriptionTypeName { get; set; }

    /// <summary>Middleware applied to every object type field, outside the field's own middleware.</summary>
    public List<FieldMiddleware> FieldMiddleware { get; } = [];

    /// <summary>Metadata copied to <see cref="Schema.ContextData"/>.</summary>
    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    /// <summary>The root type name set for an operation type, or null.</summary>
    public string? GetRootTypeName(OperationType operation) => operation switch
    {
        OperationType.Query => QueryTypeName,
        OperationType.Mutation => MutationTypeName,
        _ => SubscriptionTypeName,
    };

    public void SetRootTypeName(OperationType operation, string? typeName)
    {
        switch (operation)
        {
            case OperationType.Query:
                QueryTypeName = typeName;
                break;
            case OperationType.Mutation:
                MutationTypeName = typeName;
                break;
            default:
                SubscriptionTypeName = typeName;
                break;
        }
    }

    public IReadOnlyList<IError> Errors => _errors;

    internal SchemaDefinitionNode? SchemaSyntaxNode { get; set; }

    internal List<SchemaExtensionNode> SchemaExtensionNodes { get; } = [];

    public bool TryGetType(string name, [NotNullWhen(true)] out NamedTypeConfiguration? configuration) =>
        _typesByName.TryGetValue(name, out configuration);

    public bool TryGetType<T>(string name, [NotNullWhen(true)] out T? configuration)
        where T : NamedTypeConfiguration
    {
        configuration = _typesByName.TryGetValue(name, out var found) ? found as T : null;
        return configuration is not null;
    }

    /// <summary>Adds a type; a second type of the same name is reported as an error and not added.</summary>
    public bool AddType(NamedTypeConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (_typesByName.ContainsKey(configuration.Name))
        {
            ReportError($"There can be only one type named \"{configuration.Name}\".", configuration.Name, NameOf(configuration.SyntaxNode));
            return false;
        }

        _types.Add(configuration);
        _typesByName.Add(configuration.Name, configuration);
        return true;
    }

    public bool RemoveType(string name)
    {
        if (!_typesByName.Remove(name, out var configuration))
        {
            return false;
        }

        _types.Remove(configuration);
        return true;
    }

    public bool TryGetDirectiveType(string name, [NotNullWhen(true)] out DirectiveTypeConfiguration? configuration) =>
        _directiveTypesByName.TryGetValue(name, out configuration);

    /// <summary>Adds a directive definition; a second one of the same name is reported as an error and not added.</summary>
    public bool AddDirectiveType(DirectiveTypeConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (_directiveTypesByName.TryGetValue(configuration.Name, out var existing))
        {
            var message = BuiltInDirectives.IsSpecified(existing.Name)
                ? $"Directive \"@{configuration.Name}\" already exists in the schema. It cannot be redefined."
                : $"There can be only one directive named \"@{configuration.Name}\".";
            ReportError(message, "@" + configuration.Name, NameOf(configuration.SyntaxNode));
            return false;
        }

        _directiveTypes.Add(configuration);
        _directiveTypesByName.Add(configuration.Name, configuration);
        return true;
    }

    /// <summary>Records a schema error; <paramref name="coordinate"/> names the member, <paramref name="nodes"/> locate it.</summary>
    public void ReportError(string message, string? coordinate, params ISyntaxNode?[] nodes)
    {
        var builder = ErrorBuilder.New().SetMessage(message).SetCode(ErrorCodes.SchemaInvalid);
        foreach (var node in nodes)
        {
            builder.AddLocation(node);
        }

        if (!string.IsNullOrEmpty(coordinate))
        {
            builder.SetExtension("coordinate", coordinate);
        }

        _errors.Add(builder.Build());
    }

    internal static ISyntaxNode? NameOf(ISyntaxNode? node) => node is INamedSyntaxNode named ? named.Name : node;
}
