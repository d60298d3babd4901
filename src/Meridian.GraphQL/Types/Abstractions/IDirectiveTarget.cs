using Meridian.Language;

namespace Meridian.Types;

/// <summary>A type-system member that directives can be applied to.</summary>
public interface IDirectiveTarget : ITypeSystemMember
{
    /// <summary>
    /// The directives applied to the member, in source order. The built-in @deprecated, @specifiedBy and @oneOf are
    /// not listed: they are reflected in DeprecationReason, SpecifiedBy and IsOneOf.
    /// </summary>
    DirectiveCollection Directives { get; }

    /// <summary>The location that applied directives must allow.</summary>
    DirectiveLocation DirectiveLocation { get; }
}
