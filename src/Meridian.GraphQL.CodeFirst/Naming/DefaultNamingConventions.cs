using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>
/// Hot Chocolate's conventions: type names from class names (<c>IBook</c> interfaces drop the <c>I</c>, input types
/// get an <c>Input</c> suffix, <c>Page&lt;Book&gt;</c> becomes <c>PageOfBook</c>), camelCase fields without the
/// <c>Get</c> prefix and <c>Async</c> suffix of methods, UPPER_SNAKE enum values, descriptions from
/// <see cref="GraphQLDescriptionAttribute"/> else XML documentation, deprecation from
/// <see cref="GraphQLDeprecatedAttribute"/> or <see cref="ObsoleteAttribute"/>.
/// </summary>
public class DefaultNamingConventions : INamingConventions
{
    private readonly XmlDocumentationProvider _documentation;

    public DefaultNamingConventions(XmlDocumentationProvider? documentation = null)
    {
        _documentation = documentation ?? XmlDocumentationProvider.Shared;
    }

    public virtual string GetTypeName(Type type, TypeKind kind)
    {
        ArgumentNullException.ThrowIfNull(type);
        var explicitName = type.GetCustomAttribute<GraphQLNameAttribute>()?.Name
            ?? type.GetCustomAttribute<InterfaceTypeAttribute>()?.Name
            ?? type.GetCustomAttribute<UnionTypeAttribute>()?.Name;
        if (explicitName is not null)
        {
            return kind == TypeKind.InputObject && !type.IsDefined(typeof(GraphQLNameAttribute)) ? WithInputSuffix(explicitName) : explicitName;
        }

        var name = GetClrTypeName(type);
        if (type.IsInterface && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return kind == TypeKind.InputObject ? WithInputSuffix(name) : name;
    }

    public virtual string? GetTypeDescription(Type type) =>
        type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? _documentation.GetSummary(type);

    public virtual string GetMemberName(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return NameFormatter.ToCamelCase(name);
    }

    public virtual string? GetMemberDescription(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? _documentation.GetSummary(member);

    public virtual string GetArgumentName(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameFormatter.ToCamelCase(parameter.Name!);
    }

    public virtual string? GetArgumentDescription(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? _documentation.GetParameterSummary(parameter);

    public virtual string GetEnumValueName(FieldInfo enumMember)
    {
        ArgumentNullException.ThrowIfNull(enumMember);
        return enumMember.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameFormatter.ToUpperSnakeCase(enumMember.Name);
    }

    public virtual string? GetDeprecationReason(ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false) is [GraphQLDeprecatedAttribute deprecated, ..])
        {
            return deprecated.Reason ?? BuiltInDirectives.DefaultDeprecationReason;
        }

        if (member.GetCustomAttributes(typeof(ObsoleteAttribute), false) is [ObsoleteAttribute obsolete, ..])
        {
            return string.IsNullOrEmpty(obsolete.Message) ? BuiltInDirectives.DefaultDeprecationReason : obsolete.Message;
        }

        return null;
    }

    /// <summary>The CLR name without generic arity; generic arguments are prefixed with "Of": <c>PageOfBook</c>.</summary>
    protected virtual string GetClrTypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick < 0)
        {
            return name;
        }

        var arguments = type.GetGenericArguments().Select(a => GetTypeName(a, TypeKind.Object));
        return name[..tick] + "Of" + string.Join("And", arguments);
    }

    private static string WithInputSuffix(string name) =>
        name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
}
