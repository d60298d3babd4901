using Meridian.Introspection;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// The meta-fields that every schema answers without declaring them (§4.2), as <see cref="IntrospectionMetaFields"/>
/// defines them once per schema for validation and execution.
/// </summary>
internal static class IntrospectionFields
{
    public static IntrospectionMetaFields Of(Schema schema) => IntrospectionMetaFields.Of(schema);
}
