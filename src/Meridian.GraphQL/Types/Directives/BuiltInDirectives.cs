using Meridian.Language;

namespace Meridian.Types;

/// <summary>The directives of the specification (§3.13), with graphql-js's descriptions.</summary>
public static class BuiltInDirectives
{
    public const string Skip = "skip";
    public const string Include = "include";
    public const string Deprecated = "deprecated";
    public const string SpecifiedBy = "specifiedBy";
    public const string OneOf = "oneOf";

    /// <summary>The reason @deprecated gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static bool IsSpecified(string name) => name is Skip or Include or Deprecated or SpecifiedBy or OneOf;

    /// <summary>New configurations of the five built-in directives, in the order introspection lists them.</summary>
    public static IReadOnlyList<DirectiveTypeConfiguration> CreateConfigurations() =>
    [
        Create(
            Include,
            "Directs the executor to include this field or fragment only when the `if` argument is true.",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            Argument("if", "Boolean!", "Included when true.")),
        Create(
            Skip,
            "Directs the executor to skip this field or fragment when the `if` argument is true.",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            Argument("if", "Boolean!", "Skipped when true.")),
        Create(
            Deprecated,
            "Marks an element of a GraphQL schema as no longer supported.",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            Argument(
                "reason",
                "String!",
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                new StringValueNode(DefaultDeprecationReason))),
        Create(
            SpecifiedBy,
            "Exposes a URL that specifies the behavior of this scalar.",
            [DirectiveLocation.Scalar],
            Argument("url", "String!", "The URL that specifies the behavior of this scalar.")),
        Create(
            OneOf,
            "Indicates exactly one field must be supplied and this field must not be `null`.",
            [DirectiveLocation.InputObject]),
    ];

    private static DirectiveTypeConfiguration Create(
        string name,
        string description,
        DirectiveLocation[] locations,
        params ArgumentConfiguration[] arguments)
    {
        var configuration = new DirectiveTypeConfiguration(name) { Description = description };
        configuration.Locations.AddRange(locations);
        configuration.Arguments.AddRange(arguments);
        return configuration;
    }

    private static ArgumentConfiguration Argument(string name, string type, string description, IValueNode? defaultValue = null) =>
        new(name, TypeReference.Parse(type)) { Description = description, DefaultValue = defaultValue };
}
