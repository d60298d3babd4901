using System.Reflection;
using Meridian.Errors;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>Reads global, scoped and local state entries for <c>[GlobalState]</c>, <c>[ScopedState]</c> and <c>[LocalState]</c> parameters.</summary>
internal static class StateReader
{
    public static readonly MethodInfo GlobalMethod = typeof(StateReader).GetMethod(nameof(Global))!;
    public static readonly MethodInfo ScopedMethod = typeof(StateReader).GetMethod(nameof(Scoped))!;
    public static readonly MethodInfo LocalMethod = typeof(StateReader).GetMethod(nameof(Local))!;

    public static T Global<T>(IResolverContext context, string key, bool optional) =>
        Read<T>(context.ContextData.TryGetValue(key, out var value), value, "global", key, optional);

    public static T Scoped<T>(IResolverContext context, string key, bool optional) =>
        Read<T>(context.ScopedContextData.TryGetValue(key, out var value), value, "scoped", key, optional);

    public static T Local<T>(IResolverContext context, string key, bool optional) =>
        Read<T>(context.LocalContextData.TryGetValue(key, out var value), value, "local", key, optional);

    private static T Read<T>(bool found, object? value, string kind, string key, bool optional)
    {
        if (found && value is T typed)
        {
            return typed;
        }

        if ((!found || value is null) && optional)
        {
            return default!;
        }

        throw new GraphQLException(ErrorBuilder.New()
            .SetMessage(found
                ? $"The {kind} state \"{key}\" holds a {value?.GetType().Name ?? "null"}, not a {typeof(T).Name}."
                : $"The {kind} state \"{key}\" is not set for this request.")
            .SetCode(CodeFirstErrorCodes.StateMissing)
            .Build());
    }
}
