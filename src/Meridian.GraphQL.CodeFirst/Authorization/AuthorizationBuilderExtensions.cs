using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.CodeFirst;

public static class AuthorizationBuilderExtensions
{
    /// <summary>
    /// Adds the <c>@authorize</c> directive (and <c>ApplyPolicy</c>), turns <c>[Authorize]</c> attributes into it and
    /// evaluates it with ASP.NET Core's authorization services (registered here if missing; add policies with
    /// <c>services.AddAuthorization(options =&gt; …)</c>).
    /// </summary>
    public static IRequestExecutorBuilder AddAuthorization(this IRequestExecutorBuilder builder)
    {
        builder.Services.AddAuthorizationCore();
        return builder.ModifyCodeFirstOptions(o => o.IsAuthorizationEnabled = true);
    }
}
