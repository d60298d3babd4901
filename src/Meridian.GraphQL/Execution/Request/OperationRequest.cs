using System.Security.Claims;
using Meridian.Language;
using Meridian.PersistedOperations;

namespace Meridian.Execution;

/// <summary>
/// One GraphQL request: the document (as text, as a persisted document id, or already parsed), the operation to run,
/// its variables (external values, as <see cref="JsonValueReader"/> reads them) and the request's context. Build one
/// with <see cref="OperationRequestBuilder"/> or the <see cref="FromSource"/> shortcut.
/// </summary>
public sealed class OperationRequest
{
    private IRequestUserProvider? _userProvider;
    private ClaimsPrincipal? _user;

    internal OperationRequest(OperationRequestBuilder builder)
    {
        Document = builder.Document;
        DocumentNode = builder.DocumentNode;
        DocumentId = builder.DocumentId;
        DocumentHash = builder.DocumentHash;
        OperationName = builder.OperationName;
        VariableValues = builder.VariableValues;
        Extensions = builder.Extensions;
        Services = builder.Services;
        ContextData = builder.ContextData;
        _user = builder.User;
        _userProvider = builder.UserProvider;
        AllowedOperations = builder.AllowedOperations;
        Overrides = builder.Overrides;
        RootValue = builder.RootValue;
    }

    /// <summary>The document text, if the client sent it.</summary>
    public string? Document { get; }

    /// <summary>An already parsed document (skips parsing; cached by <see cref="DocumentHash"/> when given).</summary>
    public DocumentNode? DocumentNode { get; }

    /// <summary>The id of a persisted document, read from the executor's <see cref="IOperationDocumentStorage"/>.</summary>
    public OperationDocumentId? DocumentId { get; }

    /// <summary>The SHA-256 hex hash of <see cref="Document"/> when the caller knows it (saves hashing it again).</summary>
    public string? DocumentHash { get; }

    public string? OperationName { get; }

    /// <summary>The variables as external values; null when none were sent.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; }

    /// <summary>The request's <c>extensions</c> entry.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The services of the request (usually a scope); the executor's services when null.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>The request's global state, copied into the context data every resolver shares.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; }

    /// <summary>The user the request runs as; read from its <see cref="IRequestUserProvider"/> on first use when it has one.</summary>
    public ClaimsPrincipal? User
    {
        get
        {
            if (Volatile.Read(ref _userProvider) is { } provider)
            {
                // Resolvers on several threads may ask at once: the first user read is the one every caller gets.
                Interlocked.CompareExchange(ref _user, provider.GetUser(), null);
                Volatile.Write(ref _userProvider, null);
            }

            return Volatile.Read(ref _user);
        }
    }

    /// <summary>The operation types this request may run (HTTP GET allows queries only).</summary>
    public AllowedOperations AllowedOperations { get; }

    public RequestOverrides? Overrides { get; }

    /// <summary>The value the root fields' resolvers see as their parent.</summary>
    public object? RootValue { get; }

    /// <summary>A request for document text with optional variables.</summary>
    public static OperationRequest FromSource(string document, string? operationName = null, IReadOnlyDictionary<string, object?>? variableValues = null) =>
        OperationRequestBuilder.New().SetDocument(document).SetOperationName(operationName).SetVariableValues(variableValues).Build();
}
