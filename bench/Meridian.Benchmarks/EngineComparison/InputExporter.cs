using System.Text.Json;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// Writes the comparison's inputs for bench/graphql-js/engine-comparison.mjs: the schema, the three documents and the
/// generated data, exactly as the Meridian benchmarks use them.
/// </summary>
public static class InputExporter
{
    public const string Command = "export-comparison-inputs";

    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 1)
        {
            await Console.Error.WriteLineAsync($"usage: {Command} <output folder>");
            return 2;
        }

        var folder = Directory.CreateDirectory(arguments[0]).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "schema.graphql"), ComparisonInputs.BookingSizeSchema);
        await File.WriteAllTextAsync(Path.Combine(folder, "kitchen-sink.graphql"), ComparisonInputs.KitchenSink);
        await File.WriteAllTextAsync(Path.Combine(folder, "introspection-query.graphql"), ComparisonInputs.IntrospectionQueryText);
        await File.WriteAllTextAsync(Path.Combine(folder, "three-level-query.graphql"), ComparisonInputs.ThreeLevelQuery);
        await using (var data = File.Create(Path.Combine(folder, "availability.json")))
        {
            await JsonSerializer.SerializeAsync(data, AvailabilityData.Generate(), CamelCase);
        }

        Console.WriteLine($"Comparison inputs written to {folder}");
        return 0;
    }
}
