using System.Collections.Concurrent;
using System.Reflection;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Which Enter and Leave hooks a visitor type overrides, found once per type by reflection, so that the walk calls
/// a visitor only for the node kinds it cares about (graphql-js's <c>getEnterLeaveForKind</c>).
/// </summary>
internal sealed class VisitorHooks
{
    private static readonly ConcurrentDictionary<Type, VisitorHooks> Cache = new();

    private VisitorHooks(ulong enterKinds, ulong leaveKinds)
    {
        EnterKinds = enterKinds;
        LeaveKinds = leaveKinds;
    }

    /// <summary>One bit per <see cref="SyntaxKind"/> whose Enter hook is overridden.</summary>
    public ulong EnterKinds { get; }

    /// <summary>One bit per <see cref="SyntaxKind"/> whose Leave hook is overridden.</summary>
    public ulong LeaveKinds { get; }

    public static VisitorHooks Of(Type visitorType) => Cache.GetOrAdd(visitorType, Inspect);

    public static bool Has(ulong kinds, SyntaxKind kind) => (kinds & (1UL << (int)kind)) != 0;

    private static VisitorHooks Inspect(Type visitorType)
    {
        ulong enter = 0;
        ulong leave = 0;
        foreach (var kind in ValidationVisitor.HookKinds)
        {
            var nodeType = typeof(SyntaxNode).Assembly.GetType($"{typeof(SyntaxNode).Namespace}.{kind}Node", throwOnError: true)!;
            if (IsOverridden(visitorType, "Enter", nodeType))
            {
                enter |= 1UL << (int)kind;
            }

            if (IsOverridden(visitorType, "Leave", nodeType))
            {
                leave |= 1UL << (int)kind;
            }
        }

        return new VisitorHooks(enter, leave);
    }

    private static bool IsOverridden(Type visitorType, string name, Type nodeType)
    {
        var method = visitorType.GetMethod(
            name,
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic,
            [nodeType, typeof(ValidationContext)]);
        return method is not null && method.DeclaringType != typeof(ValidationVisitor);
    }
}
