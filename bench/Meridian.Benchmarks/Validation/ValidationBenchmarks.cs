using System.Text;
using BenchmarkDotNet.Attributes;
using Meridian.Introspection;
using Meridian.Language;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.Benchmarks;

/// <summary>
/// Document validation (§5) with every rule: the full introspection query (parsed and validated, and validated
/// alone), a selection of 1,000 repeated identical fields and one of 1,000 distinct aliases (the cases that make a
/// naive field-merging check quadratic). The same schema and documents run on graphql-js in
/// <c>bench/graphql-js/validation.mjs</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly Schema _schema = SchemaBuilder.New()
        .AddTypeDefinitions(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "validation-schema.graphql")))
        .Build();

    private readonly DocumentNode _introspection = Parser.Parse(IntrospectionQuery.Text);
    private readonly DocumentNode _repeatedFields = Parser.Parse(ValidationDocuments.RepeatedFields(1_000));
    private readonly DocumentNode _distinctAliases = Parser.Parse(ValidationDocuments.DistinctAliases(1_000));

    [GlobalSetup]
    public void CheckDocumentsAreValid()
    {
        foreach (var document in new[] { _introspection, _repeatedFields, _distinctAliases })
        {
            var result = DocumentValidator.Default.Validate(_schema, document);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"A benchmark document is invalid: {result}");
            }
        }
    }

    [Benchmark]
    public ValidationResult ParseAndValidateIntrospectionQuery() =>
        DocumentValidator.Default.Validate(_schema, Parser.Parse(IntrospectionQuery.Text));

    [Benchmark]
    public ValidationResult ValidateIntrospectionQuery() => DocumentValidator.Default.Validate(_schema, _introspection);

    [Benchmark]
    public ValidationResult Validate1000RepeatedFields() => DocumentValidator.Default.Validate(_schema, _repeatedFields);

    [Benchmark]
    public ValidationResult Validate1000DistinctAliases() => DocumentValidator.Default.Validate(_schema, _distinctAliases);
}

/// <summary>The generated documents, built the same way as in the graphql-js script.</summary>
public static class ValidationDocuments
{
    /// <summary><c>{ providers { nodes { name name … } } }</c> with <paramref name="count"/> times <c>name</c>.</summary>
    public static string RepeatedFields(int count) => Build(count, _ => "name");

    /// <summary><c>{ providers { nodes { a0: name a1: name … } } }</c>.</summary>
    public static string DistinctAliases(int count) => Build(count, i => $"a{i}: name");

    private static string Build(int count, Func<int, string> field)
    {
        var text = new StringBuilder("{ providers { nodes {");
        for (var i = 0; i < count; i++)
        {
            text.Append(' ').Append(field(i));
        }

        return text.Append(" } } }").ToString();
    }
}
