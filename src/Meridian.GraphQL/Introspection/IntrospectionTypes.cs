using Meridian.Types;

namespace Meridian.Introspection;

/// <summary>
/// Adds the eight introspection types (§4.2) to a schema being built. <see cref="SchemaBuilder.Build"/> calls it for
/// every schema, after all other configurations and interceptors, so the types come last in <c>__schema.types</c>
/// (as in graphql-js) and no convention applied to the application's types reaches them. The query root's meta-fields
/// <c>__schema</c> and <c>__type</c> are not fields of the query type (they are answered by the executor, which finds
/// <c>__Schema</c> and <c>__Type</c> here), so they appear neither in SDL nor in <c>__Type.fields</c>.
/// </summary>
internal static class IntrospectionTypes
{
    public static void AddTo(SchemaConfigurationContext context)
    {
        // One cache per schema: the resolvers below capture it.
        var cache = new IntrospectionCache();
        context.AddType(SchemaIntrospectionType.Create(cache));
        context.AddType(TypeIntrospectionType.Create(cache));
        context.AddType(FieldIntrospectionType.Create(cache));
        context.AddType(InputValueIntrospectionType.Create(cache));
        context.AddType(EnumValueIntrospectionType.Create());
        context.AddType(DirectiveIntrospectionType.Create(cache));
        context.AddType(TypeKindIntrospectionEnum.Create());
        context.AddType(DirectiveLocationIntrospectionEnum.Create());
    }
}
