using Meridian.Introspection;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The planner's view of the meta-fields <c>__typename</c>, <c>__schema</c> and <c>__type</c> (§4.2), which
/// <see cref="IntrospectionMetaFields"/> defines once per schema (with their resolvers) for validation and execution.
/// </summary>
internal sealed class MetaFields(Schema schema)
{
    private readonly IntrospectionMetaFields _fields = IntrospectionMetaFields.Of(schema);

    public OutputField TypeName => _fields.TypeName;

    /// <summary>The meta-field of that name for a selection on <paramref name="type"/>, if there is one.</summary>
    public OutputField? Find(Schema schema, ObjectType type, string name) => _fields.Find(schema, type, name);
}
