using Meridian.AspNetCore;
using Meridian.AspNetCore.Tool;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.AspNetCore.Tests.Tool;

public sealed class NotInstalledPageTests
{
    [Fact]
    public async Task Without_the_package_browsers_are_told_the_ide_is_missing_and_where_the_endpoint_is()
    {
        var endpoint = new GraphQLEndpoint(new PathString("/api/graphql"), null, new ServiceCollection().BuildServiceProvider());
        var context = new DefaultHttpContext();
        context.Request.PathBase = "/app";
        var body = new MemoryStream();
        context.Response.Body = body;

        await BananaCakePopHandler.ServeNotInstalledAsync(context, endpoint);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
        var html = System.Text.Encoding.UTF8.GetString(body.ToArray());
        Assert.Contains("Banana Cake Pop is not installed", html);
        Assert.Contains("<a href=\"/app/api/graphql?sdl\">", html);
    }
}
