using Meridian.Language;
using Meridian.Types;

namespace Meridian.Introspection;

/// <summary><c>__DirectiveLocation</c> (§4.2.6): where a directive may be used. Its runtime values are the value names.</summary>
internal static class DirectiveLocationIntrospectionEnum
{
    public static EnumTypeConfiguration Create() => IntrospectionFieldFactory.Enum<DirectiveLocation>(
        IntrospectionTypeNames.DirectiveLocation,
        "A place in a document or in a schema definition where a directive may be used.",
        DirectiveLocations.ToName,
        Describe);

    private static string Describe(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "On a query operation.",
        DirectiveLocation.Mutation => "On a mutation operation.",
        DirectiveLocation.Subscription => "On a subscription operation.",
        DirectiveLocation.Field => "On a field selection.",
        DirectiveLocation.FragmentDefinition => "On a fragment definition.",
        DirectiveLocation.FragmentSpread => "On a fragment spread.",
        DirectiveLocation.InlineFragment => "On an inline fragment.",
        DirectiveLocation.VariableDefinition => "On a variable definition.",
        DirectiveLocation.Schema => "On the schema definition.",
        DirectiveLocation.Scalar => "On a scalar definition.",
        DirectiveLocation.Object => "On an object type definition.",
        DirectiveLocation.FieldDefinition => "On a field definition.",
        DirectiveLocation.ArgumentDefinition => "On an argument definition.",
        DirectiveLocation.Interface => "On an interface definition.",
        DirectiveLocation.Union => "On a union definition.",
        DirectiveLocation.Enum => "On an enum definition.",
        DirectiveLocation.EnumValue => "On an enum value definition.",
        DirectiveLocation.InputObject => "On an input object type definition.",
        DirectiveLocation.InputFieldDefinition => "On an input object field definition.",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location."),
    };
}
