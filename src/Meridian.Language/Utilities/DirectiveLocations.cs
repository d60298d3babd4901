namespace Meridian.Language;

/// <summary>The GraphQL spellings of <see cref="DirectiveLocation"/> (<c>FIELD_DEFINITION</c> …), both ways.</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName = CreateLookup();

    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>True for the locations of §3.13's ExecutableDirectiveLocation.</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;

    private static Dictionary<string, DirectiveLocation> CreateLookup()
    {
        var lookup = new Dictionary<string, DirectiveLocation>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            lookup.Add(Names[i], (DirectiveLocation)i);
        }

        return lookup;
    }
}
