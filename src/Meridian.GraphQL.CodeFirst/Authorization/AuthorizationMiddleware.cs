using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>Checks a field's <c>@authorize</c> directives (its type's, then its own) around the rest of its pipeline.</summary>
internal static class AuthorizationMiddleware
{
    public static FieldMiddleware Create(IReadOnlyList<AuthorizeDirective> directives)
    {
        var before = directives.Where(d => d.Apply != ApplyPolicy.AfterResolver).ToArray();
        var after = directives.Where(d => d.Apply == ApplyPolicy.AfterResolver).ToArray();
        return next => async context =>
        {
            foreach (var directive in before)
            {
                await Authorizer.AuthorizeAsync(context, directive, context).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
            foreach (var directive in after)
            {
                await Authorizer.AuthorizeAsync(context, directive, context.Result).ConfigureAwait(false);
            }
        };
    }
}
