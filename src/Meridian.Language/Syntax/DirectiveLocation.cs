namespace Meridian.Language;

/// <summary>Where a directive may be applied (§3.13); the names are the GraphQL spellings in UPPER_SNAKE_CASE.</summary>
public enum DirectiveLocation
{
    // executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // type system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
