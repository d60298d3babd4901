namespace Meridian.Conformance.Cats;

/// <summary>
/// A scenario's <c>test-data</c> as external values: every top-level entry by name, with <c>{$ref: name}</c> replaced
/// by the very object it names (so data can refer to itself, as <c>data.promise → data</c> does).
/// </summary>
public sealed class CatsTestData
{
    private readonly Dictionary<object, object> _source;
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    private CatsTestData(Dictionary<object, object> source)
    {
        _source = source;

        // Objects exist before their content so that references (even cyclic ones) find them.
        foreach (var (key, value) in source)
        {
            if (value is Dictionary<object, object> map && !CatsValues.IsReference(map, out _))
            {
                _values[key.ToString()!] = new Dictionary<string, object?>(StringComparer.Ordinal);
            }
        }

        foreach (var (key, value) in source)
        {
            var name = key.ToString()!;
            if (_values.TryGetValue(name, out var created) && created is Dictionary<string, object?> fields)
            {
                CatsValues.Fill(fields, (Dictionary<object, object>)value!, Get);
            }
        }
    }

    public static CatsTestData Empty { get; } = new([]);

    /// <summary>The test data of a test (its own, else its scenario's background), inline or from <c>test-data-file</c>.</summary>
    public static CatsTestData Of(CatsTest test)
    {
        if (test.Background("test-data") is Dictionary<object, object> inline)
        {
            return new CatsTestData(inline);
        }

        if (test.Background("test-data-file") is string file)
        {
            var path = Path.Combine(Path.GetDirectoryName(test.Scenario.File)!, file);
            return new CatsTestData(CatsScenarioReader.ReadMap(path));
        }

        return Empty;
    }

    /// <summary>The entry called <paramref name="name"/>; an unknown name is a mistake in the scenario.</summary>
    public object? Get(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        if (!_source.TryGetValue(name, out var yaml))
        {
            throw new InvalidOperationException($"The test data has no entry \"{name}\".");
        }

        value = CatsValues.ToExternal(yaml, Get);
        _values[name] = value;
        return value;
    }
}
