using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary><c>__Field</c> (§4.2.3): a field of an object or interface type. Parent: <see cref="OutputField"/>.</summary>
internal static class FieldIntrospectionType
{
    public static ObjectTypeConfiguration Create(IntrospectionCache cache) => Object(
        IntrospectionTypeNames.Field,
        "A field of an object or interface type: its name, arguments and the type of its value.",
        Field("name", "String!", null, static context => context.Parent<OutputField>().Name),
        Field("description", "String", null, static context => context.Parent<OutputField>().Description),
        ListWithDeprecated("args", "[__InputValue!]!", null, context =>
        {
            var field = context.Parent<OutputField>();
            return cache.Get(context.Schema).GetArguments(field, field.Arguments, IncludesDeprecated(context));
        }),
        Field("type", "__Type!", null, static context => context.Parent<OutputField>().Type),
        Field("isDeprecated", "Boolean!", null, static context => BoxedBooleans.Box(context.Parent<OutputField>().IsDeprecated)),
        Field("deprecationReason", "String", null, static context => context.Parent<OutputField>().DeprecationReason));
}
