using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary><c>__Directive</c> (§4.2.6): a directive definition. Parent: <see cref="DirectiveType"/>.</summary>
internal static class DirectiveIntrospectionType
{
    public static ObjectTypeConfiguration Create(IntrospectionCache cache) => Object(
        IntrospectionTypeNames.Directive,
        "A directive the schema defines: where it may be used, its arguments, and whether it may be repeated at one location.",
        Field("name", "String!", null, static context => context.Parent<DirectiveType>().Name),
        Field("description", "String", null, static context => context.Parent<DirectiveType>().Description),
        Field("isRepeatable", "Boolean!", null, static context => BoxedBooleans.Box(context.Parent<DirectiveType>().IsRepeatable)),
        Field("locations", "[__DirectiveLocation!]!", null, context => cache.Get(context.Schema).GetLocations(context.Parent<DirectiveType>())),
        ListWithDeprecated("args", "[__InputValue!]!", null, context =>
        {
            var directive = context.Parent<DirectiveType>();
            return cache.Get(context.Schema).GetArguments(directive, directive.Arguments, IncludesDeprecated(context));
        }));
}
