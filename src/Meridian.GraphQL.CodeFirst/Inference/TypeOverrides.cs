using System.Reflection;
using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>Applies <see cref="GraphQLTypeAttribute"/> to an inferred type reference.</summary>
internal static class TypeOverrides
{
    /// <summary>
    /// The type of a member or parameter: SDL text from <see cref="GraphQLTypeAttribute"/> as written; a schema type
    /// class in place of the named type of <paramref name="preset"/> or the inferred reference; else the preset
    /// (an <c>[ID]</c> type) or the inferred reference. <paramref name="infer"/> runs only when needed, so that an
    /// overridden CLR type is never discovered.
    /// </summary>
    public static TypeReference Apply(DescriptorContext context, ICustomAttributeProvider member, TypeReference? preset, Func<TypeReference> infer)
    {
        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), false) is [GraphQLTypeAttribute attribute, ..])
        {
            if (attribute.TypeText is { } text)
            {
                return TypeReference.Parse(text);
            }

            return TypeReferences.ReplaceNamedType(preset ?? infer(), context.GetSchemaTypeName(attribute.SchemaType!));
        }

        return preset ?? infer();
    }
}
