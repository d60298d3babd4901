using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// The meta-fields that every schema answers without declaring them (§4.2): <c>__typename: String!</c> on every
/// composite type, and <c>__schema: __Schema!</c> and <c>__type(name: String!): __Type</c> on the query type when
/// the schema holds the introspection types. Built once per schema and shared; these definitions carry types and
/// arguments for validation only (no resolver pipeline).
/// </summary>
internal sealed class IntrospectionFields
{
    private static readonly ConditionalWeakTable<Schema, IntrospectionFields> Cache = new();

    private IntrospectionFields(Schema schema)
    {
        var stringType = schema.TryGetType<ScalarType>("String", out var declared)
            ? declared
            : BuiltInScalars.TryCreate("String", out var created) ? created : throw new InvalidOperationException("No String scalar.");
        var nonNullString = new NonNullType(stringType);
        TypeName = CreateField(schema, "__typename", nonNullString);

        if (schema.TryGetType<ObjectType>("__Schema", out var schemaType))
        {
            Schema = CreateField(schema, "__schema", new NonNullType(schemaType));
        }

        if (schema.TryGetType<ObjectType>("__Type", out var typeType))
        {
            Type = CreateField(schema, "__type", typeType);
            var nameArgument = new Argument("name", null, 0, null, null, FrozenDictionary<string, object?>.Empty)
            {
                Type = nonNullString,
                DeclaringMember = Type,
            };
            Type.Arguments = new FieldCollection<Argument>([nameArgument]);
        }
    }

    public OutputField TypeName { get; }

    /// <summary>Null when the schema has no <c>__Schema</c> type.</summary>
    public OutputField? Schema { get; }

    /// <summary>Null when the schema has no <c>__Type</c> type.</summary>
    public OutputField? Type { get; }

    public static IntrospectionFields Of(Schema schema) => Cache.GetValue(schema, static s => new IntrospectionFields(s));

    private static OutputField CreateField(Schema schema, string name, IType type) =>
        new(name, null, 0, null, null, null, FrozenDictionary<string, object?>.Empty)
        {
            DeclaringType = schema.QueryType,
            Type = type,
        };
}
