using System.Security.Claims;
using Meridian.Language;
using Meridian.PersistedOperations;

namespace Meridian.Execution;

/// <summary>Builds an <see cref="OperationRequest"/>.</summary>
public sealed class OperationRequestBuilder
{
    private Dictionary<string, object?>? _contextData;

    internal string? Document { get; private set; }

    internal DocumentNode? DocumentNode { get; private set; }

    internal OperationDocumentId? DocumentId { get; private set; }

    internal string? DocumentHash { get; private set; }

    internal string? OperationName { get; private set; }

    internal IReadOnlyDictionary<string, object?>? VariableValues { get; private set; }

    internal IReadOnlyDictionary<string, object?>? Extensions { get; private set; }

    internal IServiceProvider? Services { get; private set; }

    internal IReadOnlyDictionary<string, object?>? ContextData => _contextData;

    internal ClaimsPrincipal? User { get; private set; }

    internal IRequestUserProvider? UserProvider { get; private set; }

    internal AllowedOperations AllowedOperations { get; private set; } = AllowedOperations.All;

    internal RequestOverrides? Overrides { get; private set; }

    internal object? RootValue { get; private set; }

    public static OperationRequestBuilder New() => new();

    public OperationRequestBuilder SetDocument(string? document)
    {
        Document = document;
        return this;
    }

    public OperationRequestBuilder SetDocument(DocumentNode? document)
    {
        DocumentNode = document;
        return this;
    }

    public OperationRequestBuilder SetDocumentId(OperationDocumentId? id)
    {
        DocumentId = id is { IsEmpty: false } ? id : null;
        return this;
    }

    public OperationRequestBuilder SetDocumentHash(string? hash)
    {
        DocumentHash = hash;
        return this;
    }

    public OperationRequestBuilder SetOperationName(string? operationName)
    {
        OperationName = string.IsNullOrEmpty(operationName) ? null : operationName;
        return this;
    }

    public OperationRequestBuilder SetVariableValues(IReadOnlyDictionary<string, object?>? variableValues)
    {
        VariableValues = variableValues;
        return this;
    }

    public OperationRequestBuilder SetExtensions(IReadOnlyDictionary<string, object?>? extensions)
    {
        Extensions = extensions;
        return this;
    }

    public OperationRequestBuilder SetServices(IServiceProvider? services)
    {
        Services = services;
        return this;
    }

    public OperationRequestBuilder SetGlobalState(string key, object? value)
    {
        (_contextData ??= new Dictionary<string, object?>(StringComparer.Ordinal))[key] = value;
        return this;
    }

    public OperationRequestBuilder SetUser(ClaimsPrincipal? user)
    {
        User = user;
        UserProvider = null;
        return this;
    }

    /// <summary>Reads the user from <paramref name="provider"/> when the operation first asks for it.</summary>
    public OperationRequestBuilder SetUserProvider(IRequestUserProvider? provider)
    {
        User = null;
        UserProvider = provider;
        return this;
    }

    public OperationRequestBuilder SetAllowedOperations(AllowedOperations allowed)
    {
        AllowedOperations = allowed;
        return this;
    }

    public OperationRequestBuilder SetOverrides(RequestOverrides? overrides)
    {
        Overrides = overrides;
        return this;
    }

    public OperationRequestBuilder SetRootValue(object? rootValue)
    {
        RootValue = rootValue;
        return this;
    }

    public OperationRequest Build()
    {
        if (Document is null && DocumentNode is null && DocumentId is null)
        {
            throw new InvalidOperationException("A request needs a document: its text, its id or a parsed document.");
        }

        return new OperationRequest(this);
    }
}
