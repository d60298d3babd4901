using Meridian.Types;
using static Meridian.Introspection.IntrospectionFieldFactory;

namespace Meridian.Introspection;

/// <summary><c>__Schema</c> (§4.2.1): the schema's description, types, root types and directives. Parent: <see cref="Types.Schema"/>.</summary>
internal static class SchemaIntrospectionType
{
    public static ObjectTypeConfiguration Create(IntrospectionCache cache) => Object(
        IntrospectionTypeNames.Schema,
        "The schema of this GraphQL service: every type it defines, the root types operations start from, and its directives.",
        Field("description", "String", null, static context => context.Parent<Schema>().Description),
        Field("types", "[__Type!]!", "Every named type of the schema, introspection types included.", context => cache.Get(context.Schema).Types),
        Field("queryType", "__Type!", "The root type of query operations.", static context => context.Parent<Schema>().QueryType),
        Field("mutationType", "__Type", "The root type of mutation operations, if the schema supports them.", static context => context.Parent<Schema>().MutationType),
        Field("subscriptionType", "__Type", "The root type of subscription operations, if the schema supports them.", static context => context.Parent<Schema>().SubscriptionType),
        Field("directives", "[__Directive!]!", "Every directive the schema defines, the built-in ones included.", context => cache.Get(context.Schema).Directives));
}
