using System.Collections.Frozen;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Meridian.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Meridian.AspNetCore.Tool;

/// <summary>
/// Serves the Banana Cake Pop IDE from the files embedded at build time (from the npm package
/// <c>@chillicream/bananacakepop-graphql-ide</c>): the page at <c>{path}/</c> (a browser opening <c>{path}</c> is
/// redirected there, so the page's relative asset links stay under the endpoint), its assets, and
/// <c>{path}/bcp-config.json</c>, the settings the IDE fetches when it starts. When the build could not install the
/// package, the page says so instead.
/// </summary>
internal static class BananaCakePopHandler
{
    private const string ResourcePrefix = "BananaCakePop/";
    private const string ConfigFile = "bcp-config.json";
    private const string IndexFile = "index.html";

    private static readonly Assembly ResourceAssembly = typeof(BananaCakePopHandler).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly FrozenSet<string> Files = ResourceAssembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the IDE's files were embedded by the build.</summary>
    public static bool IsInstalled => Files.Contains(IndexFile);

    /// <summary>Answers a browser at the endpoint's own path: a redirect to <c>{path}/</c>, or the page there.</summary>
    public static Task ServePageAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var request = context.Request;
        if (!request.Path.HasValue || !request.Path.Value.EndsWith('/'))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
            return Task.CompletedTask;
        }

        return IsInstalled ? ServeFileAsync(context, IndexFile, immutable: false) : ServeNotInstalledAsync(context, endpoint);
    }

    /// <summary>Serves a file below the endpoint (<paramref name="relativePath"/> without a leading slash); false when there is none.</summary>
    public static async Task<bool> TryServeAsync(HttpContext context, GraphQLEndpoint endpoint, string relativePath)
    {
        if (relativePath == ConfigFile)
        {
            await ServeConfigAsync(context, endpoint).ConfigureAwait(false);
            return true;
        }

        if (!Files.Contains(relativePath))
        {
            return false;
        }

        // Asset names carry a content hash: they never change, so browsers may keep them.
        await ServeFileAsync(context, relativePath, immutable: relativePath.StartsWith("static/", StringComparison.Ordinal)).ConfigureAwait(false);
        return true;
    }

    private static async Task ServeFileAsync(HttpContext context, string relativePath, bool immutable)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.TryGetContentType(relativePath, out var contentType) ? contentType : "application/octet-stream";
        response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        await using var stream = ResourceAssembly.GetManifestResourceStream(ResourcePrefix + relativePath)!;
        response.ContentLength = stream.Length;
        await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ServeConfigAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var tool = endpoint.Options.Tool;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.JsonUtf8;
        response.Headers.CacheControl = "no-cache";
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("title", "Banana Cake Pop");
        writer.WriteBoolean("useBrowserUrlAsEndpoint", tool.GraphQLEndpoint is null);
        writer.WriteString("endpoint", tool.GraphQLEndpoint ?? endpoint.Path.Value);
        if (tool.SubscriptionEndpoint is not null)
        {
            writer.WriteString("subscriptionEndpoint", tool.SubscriptionEndpoint);
        }

        if (tool.Document is not null)
        {
            writer.WriteString("document", tool.Document);
        }

        writer.WriteBoolean("includeCookies", tool.IncludeCookies);
        writer.WriteBoolean("useGet", tool.UseGet);
        writer.WriteBoolean("disableTelemetry", tool.DisableTelemetry);
        writer.WriteStartObject("httpHeaders");
        foreach (var (name, value) in tool.HttpHeaders)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    internal static Task ServeNotInstalledAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var path = WebUtility.HtmlEncode($"{context.Request.PathBase}{endpoint.Path}");
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.HtmlUtf8;
        response.Headers.CacheControl = "no-cache";
        return response.WriteAsync(
            $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>GraphQL endpoint</title></head>
            <body>
            <h1>Banana Cake Pop is not installed</h1>
            <p>This build of the server was made without npm, so the Banana Cake Pop IDE could not be installed.
            Rebuild with Node.js and npm available to get it.</p>
            <p>The GraphQL endpoint itself works: send queries to <code>{path}</code> with POST or GET, and read the
            schema at <a href="{path}?sdl"><code>{path}?sdl</code></a>.</p>
            </body></html>
            """,
            context.RequestAborted);
    }
}
