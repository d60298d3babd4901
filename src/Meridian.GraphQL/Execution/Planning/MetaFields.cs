using System.Collections.Frozen;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The meta-fields the executor answers itself (§4.2): <c>__typename</c> on every object type, and on the query root
/// <c>__schema: __Schema!</c> (resolving to the <see cref="Schema"/>) and <c>__type(name: String!): __Type</c>
/// (resolving to the <see cref="INamedType"/>, or null). The introspection types <c>__Schema</c>, <c>__Type</c>, …
/// are ordinary types of the schema, added by the introspection module with resolvers that read those values;
/// when the schema has no <c>__Schema</c> type, <c>__schema</c> and <c>__type</c> do not exist.
/// </summary>
internal sealed class MetaFields
{
    public const string TypeNameField = "__typename";
    public const string SchemaField = "__schema";
    public const string TypeField = "__type";

    private static readonly IReadOnlyDictionary<string, object?> NoContextData = FrozenDictionary<string, object?>.Empty;

    public MetaFields(Schema schema)
    {
        var stringType = schema.TryGetType<ScalarType>(ScalarNames.String, out var found) ? found : new StringType();
        TypeName = CreateField(schema.QueryType, TypeNameField, new NonNullType(stringType), static context => context.ObjectType.Name);

        if (schema.TryGetType<ObjectType>("__Schema", out var schemaType))
        {
            SchemaMeta = CreateField(schema.QueryType, SchemaField, new NonNullType(schemaType), static context => context.Schema);
        }

        if (schema.TryGetType<ObjectType>("__Type", out var typeType))
        {
            var name = new Argument("name", null, 0, null, null, NoContextData) { Type = new NonNullType(stringType) };
            TypeMeta = CreateField(schema.QueryType, TypeField, typeType, static context =>
                context.Schema.TryGetType(context.ArgumentValue<string>("name"), out var type) ? type : null);
            name.DeclaringMember = TypeMeta;
            TypeMeta.Arguments = new FieldCollection<Argument>([name]);
        }
    }

    public OutputField TypeName { get; }

    public OutputField? SchemaMeta { get; }

    public OutputField? TypeMeta { get; }

    /// <summary>The meta-field of that name for a selection on <paramref name="type"/>, if there is one.</summary>
    public OutputField? Find(Schema schema, ObjectType type, string name)
    {
        if (name == TypeNameField)
        {
            return TypeName;
        }

        if (!ReferenceEquals(type, schema.QueryType))
        {
            return null;
        }

        return name switch
        {
            SchemaField => SchemaMeta,
            TypeField => TypeMeta,
            _ => null,
        };
    }

    private static OutputField CreateField(ObjectType declaringType, string name, IType type, PureFieldDelegate resolver)
    {
        var field = new OutputField(name, null, -1, null, null, null, NoContextData)
        {
            DeclaringType = declaringType,
            Type = type,
            PureResolver = resolver,
            Resolver = context => new ValueTask<object?>(resolver(context)),
            Pipeline = context =>
            {
                context.Result = resolver(context);
                return default;
            },
        };
        return field;
    }
}
