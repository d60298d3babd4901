using YamlDotNet.Serialization;

namespace Meridian.Conformance.Cats;

/// <summary>Reads every graphql-cats scenario under <c>graphql-cats/scenarios</c>.</summary>
public static class CatsScenarioReader
{
    // Plain scalars are typed as YAML's core schema says (true → bool, 100 → int, null → null) because execution
    // expectations and test data tell `meows: false` from `name: "false"`; quoted and block scalars stay strings.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    public static IEnumerable<CatsScenario> ReadAll(string root)
    {
        var folder = Path.Combine(root, "graphql-cats", "scenarios");
        foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = ReadMap(file);
            if (!document.TryGetValue("tests", out var tests))
            {
                continue;
            }

            var background = document.TryGetValue("background", out var b) ? Map(b) : new Dictionary<object, object>();
            var scenarioTests = new List<CatsTest>();
            var scenario = new CatsScenario(file, document.GetValueOrDefault("scenario")?.ToString() ?? Path.GetFileName(file), background, scenarioTests);
            foreach (var test in (List<object>)tests)
            {
                var map = Map(test);
                scenarioTests.Add(new CatsTest(
                    scenario,
                    map.GetValueOrDefault("name")?.ToString() ?? "(unnamed)",
                    Map(map.GetValueOrDefault("given")),
                    Map(map.GetValueOrDefault("when")),
                    Assertions(map.GetValueOrDefault("then"))));
            }

            yield return scenario;
        }
    }

    /// <summary>A YAML (or JSON) file whose top level is a map; an empty file is an empty map.</summary>
    public static Dictionary<object, object> ReadMap(string file) =>
        Yaml.Deserialize<Dictionary<object, object>>(File.ReadAllText(file)) ?? [];

    // `then` is one assertion map or a list of them.
    private static List<IReadOnlyDictionary<object, object>> Assertions(object? then) => then switch
    {
        List<object> list => list.Select(item => (IReadOnlyDictionary<object, object>)Map(item)).ToList(),
        null => [],
        _ => [Map(then)],
    };

    private static Dictionary<object, object> Map(object? value) =>
        value as Dictionary<object, object> ?? new Dictionary<object, object>();
}
