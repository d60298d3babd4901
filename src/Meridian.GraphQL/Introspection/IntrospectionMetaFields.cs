using System.Runtime.CompilerServices;
using Meridian.Execution;
using Meridian.Types;

namespace Meridian.Introspection;

/// <summary>
/// The meta-fields (§4.2) that a schema answers without declaring them: <c>__typename: String!</c> on every object,
/// interface and union type, and on the query type <c>__schema: __Schema!</c> (resolving to the <see cref="Types.Schema"/>)
/// and <c>__type(name: String!): __Type</c> (resolving to the named type, or null). They are not fields of the query
/// type, so neither SDL nor <c>__Type.fields</c> shows them, as in graphql-js. One instance per schema, shared by
/// validation (field definitions) and the executor (resolvers).
/// </summary>
public sealed class IntrospectionMetaFields
{
    private static readonly ConditionalWeakTable<Schema, IntrospectionMetaFields> Instances = new();

    private IntrospectionMetaFields(Schema schema)
    {
        var nonNullString = new NonNullType(schema.TryGetType<ScalarType>(ScalarNames.String, out var declared) ? declared : new StringType());
        TypeName = CreateField(schema, IntrospectionTypeNames.TypeNameField, nonNullString, static context => context.ObjectType.Name);

        if (schema.TryGetType<ObjectType>(IntrospectionTypeNames.Schema, out var schemaType))
        {
            Schema = CreateField(schema, IntrospectionTypeNames.SchemaField, new NonNullType(schemaType), static context => context.Schema);
        }

        if (schema.TryGetType<ObjectType>(IntrospectionTypeNames.Type, out var typeType))
        {
            Type = CreateField(schema, IntrospectionTypeNames.TypeField, typeType, static context =>
                context.Schema.TryGetType(context.ArgumentValue<string>("name"), out var type) ? type : null);
            Type.Arguments = new FieldCollection<Argument>(
            [
                new Argument(new ArgumentConfiguration("name", TypeReference.Create(nonNullString)), 0, null) { Type = nonNullString, DeclaringMember = Type },
            ]);
        }
    }

    /// <summary><c>__typename</c>: the name of the object type being completed.</summary>
    public OutputField TypeName { get; }

    /// <summary><c>__schema</c>; null when the schema has no <c>__Schema</c> type.</summary>
    public OutputField? Schema { get; }

    /// <summary><c>__type(name:)</c>; null when the schema has no <c>__Type</c> type.</summary>
    public OutputField? Type { get; }

    /// <summary>The meta-fields of <paramref name="schema"/>, created on first use.</summary>
    public static IntrospectionMetaFields Of(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Instances.GetValue(schema, static s => new IntrospectionMetaFields(s));
    }

    /// <summary>
    /// The meta-field named <paramref name="fieldName"/> when selected on <paramref name="parentType"/>: <c>__typename</c>
    /// on composite types, <c>__schema</c> and <c>__type</c> on the query type; null otherwise.
    /// </summary>
    public OutputField? Find(Schema schema, INamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        return fieldName switch
        {
            IntrospectionTypeNames.TypeNameField when parentType.IsCompositeType() => TypeName,
            IntrospectionTypeNames.SchemaField when ReferenceEquals(parentType, schema.QueryType) => Schema,
            IntrospectionTypeNames.TypeField when ReferenceEquals(parentType, schema.QueryType) => Type,
            _ => null,
        };
    }

    private static OutputField CreateField(Schema schema, string name, IType type, PureFieldDelegate resolver) =>
        new(new FieldConfiguration(name, TypeReference.Create(type)), -1, null)
        {
            DeclaringType = schema.QueryType,
            Type = type,
            PureResolver = resolver,
            Resolver = context => new ValueTask<object?>(resolver(context)),
            Pipeline = context =>
            {
                context.Result = resolver(context);
                return default;
            },
        };
}
