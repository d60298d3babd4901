using System.Runtime.CompilerServices;
using Meridian.Types;
using Microsoft.AspNetCore.Http;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c>: the schema as SDL, as Hot Chocolate serves it
/// (<c>application/graphql</c>, offered as <c>schema.graphql</c>). The text is printed once per schema.
/// </summary>
internal static class SchemaRequestHandler
{
    private static readonly ConditionalWeakTable<Schema, string> Printed = [];

    public static async Task HandleAsync(HttpContext context, GraphQLEndpoint endpoint)
    {
        var executor = await endpoint.GetExecutorAsync(context.RequestAborted).ConfigureAwait(false);
        var sdl = Printed.GetValue(executor.Schema, static schema => SchemaPrinter.Print(schema));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.GraphQLUtf8;
        response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        await response.WriteAsync(sdl, context.RequestAborted).ConfigureAwait(false);
    }
}
