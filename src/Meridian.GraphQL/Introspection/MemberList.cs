namespace Meridian.Introspection;

/// <summary>
/// The fields, arguments, input fields or enum values of one member as arrays: all of them, and those not
/// deprecated (the same array when none is). Arrays, because the executor completes lists by index without an
/// enumerator.
/// </summary>
internal sealed class MemberList(Array all, Array active)
{
    public Array All { get; } = all;

    public Array Active { get; } = active;

    public Array Get(bool includeDeprecated) => includeDeprecated ? All : Active;

    public static MemberList Create<T>(ReadOnlySpan<T> members, Func<T, bool> isDeprecated)
    {
        var all = members.ToArray();
        var active = Array.FindAll(all, member => !isDeprecated(member));
        return new MemberList(all, active.Length == all.Length ? all : active);
    }
}
