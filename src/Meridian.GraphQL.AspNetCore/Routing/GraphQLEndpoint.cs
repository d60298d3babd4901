using Meridian.AspNetCore.Authentication;
using Meridian.AspNetCore.Http;
using Meridian.AspNetCore.PersistedOperations;
using Meridian.Execution;
using Meridian.PersistedOperations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Meridian.AspNetCore;

/// <summary>
/// One endpoint mapped with <c>MapGraphQL</c>: its path, the executor it serves and its options (the server-wide
/// options of that executor with the endpoint's own changes applied, fixed at the first request). Transports
/// (HTTP, WebSocket, server-sent events) receive it with each request.
/// </summary>
public sealed class GraphQLEndpoint
{
    private readonly List<Action<GraphQLServerOptions>> _configurations = [];
    private readonly Lazy<GraphQLServerOptions> _options;
    private readonly Lazy<IHttpRequestInterceptor> _interceptor;
    private IRequestExecutor? _executor;

    internal GraphQLEndpoint(PathString path, string? schemaName, IServiceProvider services)
    {
        Path = path;
        SchemaName = schemaName;
        Services = services;
        _options = new Lazy<GraphQLServerOptions>(CreateOptions);
        _interceptor = new Lazy<IHttpRequestInterceptor>(() => services.GetService<IHttpRequestInterceptor>() ?? new DefaultHttpRequestInterceptor());
    }

    /// <summary>The path the endpoint is mapped at (for example <c>/graphql</c>).</summary>
    public PathString Path { get; }

    /// <summary>The executor's name; null for the default executor.</summary>
    public string? SchemaName { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services { get; }

    public GraphQLServerOptions Options => _options.Value;

    /// <summary>The interceptor that shapes every operation request built from an HTTP request.</summary>
    public IHttpRequestInterceptor RequestInterceptor => _interceptor.Value;

    /// <summary>The executor this endpoint serves (built on first use).</summary>
    public ValueTask<IRequestExecutor> GetExecutorAsync(CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _executor) is { } executor ? new ValueTask<IRequestExecutor>(executor) : ResolveExecutorAsync(cancellationToken);

    // An executor is built once per schema name and never replaced, so the endpoint keeps it instead of going
    // through the container and the resolver on every request.
    private async ValueTask<IRequestExecutor> ResolveExecutorAsync(CancellationToken cancellationToken)
    {
        var executor = await Services.GetRequestExecutorAsync(SchemaName, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _executor, executor);
        return executor;
    }

    /// <summary>
    /// Creates an operation request for <paramref name="request"/> with the request interceptor applied: what every
    /// HTTP-borne transport runs.
    /// </summary>
    public ValueTask<OperationRequest> CreateOperationRequestAsync(
        HttpContext context,
        IRequestExecutor executor,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?>? variables,
        AllowedOperations allowedOperations,
        CancellationToken cancellationToken)
    {
        var builder = CreateRequestBuilder(request, variables, allowedOperations);
        var intercepting = RequestInterceptor.OnCreateAsync(context, executor, builder, cancellationToken);
        if (!intercepting.IsCompletedSuccessfully)
        {
            return BuildAsync(builder, intercepting);
        }

        // The usual interceptors complete at once: no frame of an asynchronous method for them.
        intercepting.GetAwaiter().GetResult();
        return new(builder.Build());

        static async ValueTask<OperationRequest> BuildAsync(OperationRequestBuilder builder, ValueTask intercepting)
        {
            await intercepting.ConfigureAwait(false);
            return builder.Build();
        }
    }

    /// <summary>
    /// A request builder for <paramref name="request"/>'s document (text, persisted id, or automatic persisted query
    /// hash), operation, variables and extensions, without services or user: transports that do not run as the HTTP
    /// request (WebSocket operations) add their own.
    /// </summary>
    public OperationRequestBuilder CreateRequestBuilder(
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?>? variables,
        AllowedOperations allowedOperations)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = OperationRequestBuilder.New()
            .SetDocument(request.Query)
            .SetOperationName(request.OperationName)
            .SetVariableValues(variables)
            .SetExtensions(request.Extensions)
            .SetAllowedOperations(allowedOperations);
        if (request.DocumentId is not null)
        {
            builder.SetDocumentId(ParseDocumentId(request.DocumentId));
        }
        else if (request.Query is null && PersistedQueryExtension.TryGet(request.Extensions, out var hash))
        {
            // An automatic persisted query sent by hash alone: the hash is the document's id.
            builder.SetDocumentId(OperationDocumentId.TryParse(hash, out var id)
                ? id
                : throw new GraphQLRequestException(
                    StatusCodes.Status400BadRequest,
                    PersistedOperationErrorCodes.PersistedQueryHashMismatch,
                    "The persisted query hash must be a SHA-256 hex hash."));
        }

        return builder;
    }

    private static OperationDocumentId ParseDocumentId(string value) =>
        OperationDocumentId.TryParse(value, out var id)
            ? id
            : throw GraphQLRequestJsonReader.InvalidParameter(
                $"The document id must be 1 to {OperationDocumentId.MaxLength} ASCII letters, digits, '-' or '_'.");

    internal void AddConfiguration(Action<GraphQLServerOptions> configure)
    {
        if (_options.IsValueCreated)
        {
            throw new InvalidOperationException("The endpoint's options are fixed once it has served a request.");
        }

        _configurations.Add(configure);
    }

    private GraphQLServerOptions CreateOptions()
    {
        var monitor = Services.GetService<IOptionsMonitor<GraphQLServerOptions>>();
        var options = monitor?.Get(SchemaName ?? string.Empty).Clone() ?? new GraphQLServerOptions();
        foreach (var configure in _configurations)
        {
            configure(options);
        }

        return options;
    }
}
