using System.Collections.Frozen;
using Meridian.Language;

namespace Meridian.Types;

/// <summary>The GraphQL spellings of directive locations (<c>FIELD_DEFINITION</c>, …).</summary>
public static class DirectiveLocationNames
{
    private static readonly FrozenDictionary<DirectiveLocation, string> Names = new Dictionary<DirectiveLocation, string>
    {
        [DirectiveLocation.Query] = "QUERY",
        [DirectiveLocation.Mutation] = "MUTATION",
        [DirectiveLocation.Subscription] = "SUBSCRIPTION",
        [DirectiveLocation.Field] = "FIELD",
        [DirectiveLocation.FragmentDefinition] = "FRAGMENT_DEFINITION",
        [DirectiveLocation.FragmentSpread] = "FRAGMENT_SPREAD",
        [DirectiveLocation.InlineFragment] = "INLINE_FRAGMENT",
        [DirectiveLocation.VariableDefinition] = "VARIABLE_DEFINITION",
        [DirectiveLocation.Schema] = "SCHEMA",
        [DirectiveLocation.Scalar] = "SCALAR",
        [DirectiveLocation.Object] = "OBJECT",
        [DirectiveLocation.FieldDefinition] = "FIELD_DEFINITION",
        [DirectiveLocation.ArgumentDefinition] = "ARGUMENT_DEFINITION",
        [DirectiveLocation.Interface] = "INTERFACE",
        [DirectiveLocation.Union] = "UNION",
        [DirectiveLocation.Enum] = "ENUM",
        [DirectiveLocation.EnumValue] = "ENUM_VALUE",
        [DirectiveLocation.InputObject] = "INPUT_OBJECT",
        [DirectiveLocation.InputFieldDefinition] = "INPUT_FIELD_DEFINITION",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, DirectiveLocation> Locations =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string GetName(DirectiveLocation location) => Names[location];

    public static bool TryParse(string name, out DirectiveLocation location) => Locations.TryGetValue(name, out location);
}
