using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary><c>__EnumValue</c> (§4.2.5): one value of an enum type. Parent: <see cref="EnumValue"/>.</summary>
internal static class EnumValueIntrospectionType
{
    public static ObjectTypeConfiguration Create() => Object(
        IntrospectionTypeNames.EnumValue,
        "One value of an enum type, written in responses as a string of its name.",
        Field("name", "String!", null, static context => context.Parent<EnumValue>().Name),
        Field("description", "String", null, static context => context.Parent<EnumValue>().Description),
        Field("isDeprecated", "Boolean!", null, static context => BoxedBooleans.Box(context.Parent<EnumValue>().IsDeprecated)),
        Field("deprecationReason", "String", null, static context => context.Parent<EnumValue>().DeprecationReason));
}
