using System.Reflection;
using System.Text;

namespace Meridian.CodeFirst;

/// <summary>The documentation comment IDs the C# compiler writes (<c>T:Ns.Type</c>, <c>P:Ns.Type.Prop</c>, <c>M:Ns.Type.Method(System.Int32)</c>).</summary>
internal static class XmlDocumentationId
{
    public static string Of(Type type) => "T:" + TypeName(type);

    public static string? Of(MemberInfo member) => member switch
    {
        Type type => Of(type),
        PropertyInfo property when property.DeclaringType is { } owner => $"P:{TypeName(owner)}.{property.Name}",
        FieldInfo field when field.DeclaringType is { } owner => $"F:{TypeName(owner)}.{field.Name}",
        MethodBase method when method.DeclaringType is { } owner => MethodId(owner, method),
        _ => null,
    };

    private static string MethodId(Type owner, MethodBase method)
    {
        // Parameters are written as declared: open generic types and the method's own type parameters.
        if (owner.IsConstructedGenericType)
        {
            method = (MethodBase)owner.GetGenericTypeDefinition().GetMemberWithSameMetadataDefinitionAs(method);
        }

        if (method is MethodInfo { IsGenericMethod: true } generic)
        {
            method = generic.GetGenericMethodDefinition();
        }

        var builder = new StringBuilder("M:").Append(TypeName(owner)).Append('.');
        builder.Append(method is ConstructorInfo ? "#ctor" : method.Name);
        if (method.IsGenericMethodDefinition || method.IsGenericMethod)
        {
            builder.Append("``").Append(method.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            builder.Append('(');
            for (var i = 0; i < parameters.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                AppendParameterType(builder, parameters[i].ParameterType);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    private static string TypeName(Type type)
    {
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return (definition.FullName ?? definition.Name).Replace('+', '.');
    }

    private static void AppendParameterType(StringBuilder builder, Type type)
    {
        if (type.IsByRef)
        {
            AppendParameterType(builder, type.GetElementType()!);
            builder.Append('@');
            return;
        }

        if (type.IsArray)
        {
            AppendParameterType(builder, type.GetElementType()!);
            builder.Append(type.GetArrayRank() == 1 ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]");
            return;
        }

        if (type.IsGenericParameter)
        {
            builder.Append(type.DeclaringMethod is not null ? "``" : "`").Append(type.GenericParameterPosition);
            return;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var name = (definition.FullName ?? definition.Name).Replace('+', '.');
            builder.Append(name[..name.IndexOf('`', StringComparison.Ordinal)]).Append('{');
            var arguments = type.GetGenericArguments();
            for (var i = 0; i < arguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                AppendParameterType(builder, arguments[i]);
            }

            builder.Append('}');
            return;
        }

        builder.Append((type.FullName ?? type.Name).Replace('+', '.'));
    }
}
