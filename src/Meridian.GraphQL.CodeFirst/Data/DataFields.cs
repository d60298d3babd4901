using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// The fields of an object type that filtering and sorting can use: those that read a property of the type's CLR
/// type. Fields with resolvers (methods, extension members) have no column to translate and are left out, as are
/// node-ID fields, whose GraphQL values are opaque IDs rather than the property's values.
/// </summary>
internal static class DataFields
{
    public static IEnumerable<(ObjectFieldDefinition Field, PropertyInfo Property)> Of(ObjectTypeDefinition type)
    {
        if (type.RuntimeType is not { } runtimeType)
        {
            yield break;
        }

        foreach (var field in type.Fields)
        {
            if (!field.IsIgnored && field.ResultId is null
                && field.Member is PropertyInfo { GetMethod: { IsStatic: false, IsPublic: true } } property
                && property.DeclaringType!.IsAssignableFrom(runtimeType) && property.GetIndexParameters().Length == 0)
            {
                yield return (field, property);
            }
        }
    }
}
