namespace Meridian.Conformance.Cats;

/// <summary>
/// One graphql-cats scenario file: its background and its tests, each with given / when / then as read from YAML
/// (maps are <c>Dictionary&lt;object, object&gt;</c>, lists <c>List&lt;object&gt;</c>, quoted scalars strings, plain scalars
/// typed: booleans, numbers, null or strings).
/// </summary>
public sealed record CatsScenario(string File, string Name, IReadOnlyDictionary<object, object> Background, IReadOnlyList<CatsTest> Tests);

public sealed record CatsTest(
    CatsScenario Scenario,
    string Name,
    IReadOnlyDictionary<object, object> Given,
    IReadOnlyDictionary<object, object> When,
    IReadOnlyList<IReadOnlyDictionary<object, object>> Then)
{
    /// <summary>"parse", "validate" or "execute": the action of the test's <c>when</c>.</summary>
    public string Action => When.Keys.Select(k => k.ToString()!).FirstOrDefault() ?? string.Empty;

    public string Query => Given.TryGetValue("query", out var query) ? query.ToString()! : string.Empty;

    /// <summary>A value of <c>given</c>, else of the scenario's <c>background</c> (schema, schema-file, test-data…).</summary>
    public object? Background(string key) =>
        Given.TryGetValue(key, out var value) ? value : Scenario.Background.GetValueOrDefault(key);

    /// <summary>True when some <c>then</c> assertion has <paramref name="key"/> set to true (passes, syntax-error).</summary>
    public bool Asserts(string key) =>
        Then.Any(a => a.TryGetValue(key, out var value) && string.Equals(value?.ToString(), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The SDL the test runs against: its inline <c>schema</c>, else the text of its <c>schema-file</c>.</summary>
    public string SchemaText() =>
        Background("schema") as string
        ?? File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Scenario.File)!, Background("schema-file")!.ToString()!));

    public string Id => $"{Path.GetFileName(Scenario.File)}: {Name}";
}
