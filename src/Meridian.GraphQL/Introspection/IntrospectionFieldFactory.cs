using Meridian.Execution;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Introspection;

/// <summary>Builds the configurations of the introspection types and their fields; every resolver is a pure (inline) one.</summary>
internal static class IntrospectionFieldFactory
{
    public const string IncludeDeprecated = "includeDeprecated";

    public static ObjectTypeConfiguration Object(string name, string description, params FieldConfiguration[] fields)
    {
        var configuration = new ObjectTypeConfiguration(name) { Description = description, IsIntrospectionType = true };
        configuration.Fields.AddRange(fields);
        return configuration;
    }

    /// <summary>An introspection enum whose runtime values are its value names.</summary>
    public static EnumTypeConfiguration Enum<TValue>(string name, string description, Func<TValue, string> valueName, Func<TValue, string> describe)
        where TValue : struct, System.Enum
    {
        var configuration = new EnumTypeConfiguration(name) { Description = description, IsIntrospectionType = true };
        foreach (var value in System.Enum.GetValues<TValue>())
        {
            configuration.Values.Add(new EnumValueConfiguration(valueName(value)) { Description = describe(value) });
        }

        return configuration;
    }

    public static FieldConfiguration Field(string name, string type, string? description, PureFieldDelegate resolver) =>
        new(name, TypeReference.Parse(type)) { Description = description, PureResolver = resolver };

    /// <summary>A list field with <c>includeDeprecated: Boolean! = false</c>, which deprecated members appear only with.</summary>
    public static FieldConfiguration ListWithDeprecated(string name, string type, string? description, PureFieldDelegate resolver)
    {
        var field = Field(name, type, description, resolver);
        field.Arguments.Add(new ArgumentConfiguration(IncludeDeprecated, TypeReference.Parse("Boolean!"))
        {
            Description = "Whether deprecated members are listed too.",
            DefaultValue = BooleanValueNode.False,
        });
        return field;
    }

    public static bool IncludesDeprecated(IResolverContext context) => context.ArgumentValue<bool>(IncludeDeprecated);
}
