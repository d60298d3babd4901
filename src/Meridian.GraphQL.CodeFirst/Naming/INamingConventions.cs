using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// How CLR names, descriptions and deprecations become GraphQL's. Replace it with
/// <c>CodeFirstOptions.Naming</c> (derive from <see cref="DefaultNamingConventions"/> to change one rule).
/// </summary>
public interface INamingConventions
{
    /// <summary>The name of the GraphQL type inferred from <paramref name="type"/> as <paramref name="kind"/>.</summary>
    string GetTypeName(Type type, TypeKind kind);

    string? GetTypeDescription(Type type);

    /// <summary>The field name of a property or method (or an input field of a property).</summary>
    string GetMemberName(MemberInfo member);

    string? GetMemberDescription(MemberInfo member);

    string GetArgumentName(ParameterInfo parameter);

    string? GetArgumentDescription(ParameterInfo parameter);

    string GetEnumValueName(FieldInfo enumMember);

    /// <summary>The deprecation reason of a member or parameter, <c>BuiltInDirectives.DefaultDeprecationReason</c> without a reason, or null.</summary>
    string? GetDeprecationReason(ICustomAttributeProvider member);
}
