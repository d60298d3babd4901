using System.Text.Json;
using System.Text.Json.Serialization;
using Meridian.Types;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// Writes the comparison's inputs for bench/graphql-js/engine-comparison.mjs: the schema, the three documents and the
/// generated data, exactly as the Meridian benchmarks use them.
/// </summary>
public static class InputExporter
{
    public const string Command = "export-comparison-inputs";

    // Dates and times as Meridian's scalars write them, so that both engines return the same text.
    private static readonly JsonSerializerOptions CamelCase = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new ScalarTextConverter<DateOnly>(new DateType()), new ScalarTextConverter<DateTimeOffset>(new DateTimeType()) },
    };

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

    private sealed class ScalarTextConverter<T>(ScalarType scalar) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The comparison inputs are only written.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue((string)scalar.Serialize(value)!);
    }
}
