using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary><c>__InputValue</c> (§4.2.4): an argument or an input object field. Parent: <see cref="InputValue"/>.</summary>
internal static class InputValueIntrospectionType
{
    public static ObjectTypeConfiguration Create(IntrospectionCache cache) => Object(
        IntrospectionTypeNames.InputValue,
        "An argument of a field or directive, or a field of an input object: its name, type and default value.",
        Field("name", "String!", null, static context => context.Parent<InputValue>().Name),
        Field("description", "String", null, static context => context.Parent<InputValue>().Description),
        Field("type", "__Type!", null, static context => context.Parent<InputValue>().Type),
        Field("defaultValue", "String", "The default value written as a GraphQL literal, or null when there is none.", context => cache.Get(context.Schema).GetDefaultValue(context.Parent<InputValue>())),
        Field("isDeprecated", "Boolean!", null, static context => BoxedBooleans.Box(context.Parent<InputValue>().IsDeprecated)),
        Field("deprecationReason", "String", null, static context => context.Parent<InputValue>().DeprecationReason));
}
