using System.Reflection;
using Meridian.Introspection;
using Meridian.Samples;

namespace Meridian.Benchmarks.EngineComparison;

/// <summary>
/// The schema, documents and data that Meridian and graphql-js are measured on. The schema lives in
/// bench/data/booking-size.graphql (embedded here); the documents are the tests' kitchen sink and the engine's
/// introspection query; <see cref="InputExporter"/> writes all of them for the graphql-js script.
/// </summary>
public static class ComparisonInputs
{
    /// <summary>The three-level query of the comparison: providers → days → slots, 1,000 slots of 5 fields.</summary>
    public const string ThreeLevelQuery =
        """
        query ProviderAvailability {
          featuredProviders {
            id
            name
            availability {
              date
              slots {
                id
                startsAt
                endsAt
                status
                capacity
              }
            }
          }
        }
        """;

    public static string KitchenSink => SampleDocuments.KitchenSink;

    public static string IntrospectionQueryText => IntrospectionQuery.Text;

    /// <summary>A schema of the booking API's size: 60 declared types.</summary>
    public static string BookingSizeSchema { get; } = ReadResource("booking-size.graphql");

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
