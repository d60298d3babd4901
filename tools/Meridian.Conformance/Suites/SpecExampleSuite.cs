using System.Text.Json;
using Meridian.Language;

namespace Meridian.Conformance.Suites;

/// <summary>
/// The GraphQL blocks of the specification (spec-examples/September2025-examples.json). Examples must parse and survive
/// a round trip. Counter-examples outside §2 break validation or type-system rules, not the grammar, so they must parse
/// too (later suites check that validation rejects them); the few blocks that need another reading are listed below.
/// </summary>
public sealed class SpecExampleSuite : SynchronousConformanceSuite
{
    private const string LanguageSection = "Section 2 -- Language.md";

    // Blocks whose expected outcome differs from the rule above, with the reason.
    private static readonly Dictionary<(string File, int Line), (Expectation Expectation, string Reason)> Exceptions = new()
    {
        [(LanguageSection, 990)] = (Expectation.Value, "a block string shown alone: a value, not a document"),
        [(LanguageSection, 997)] = (Expectation.Value, "a style counter-example (no blank first and last line): valid syntax, a value alone"),
        [("Section 5 -- Validation.md", 1788)] = (
            Expectation.Rejected,
            "its operations hold only a `# ...` comment: an empty selection set, which the grammar (Selection+) forbids; graphql-js 17 accepts it by default"),
    };

    private enum Expectation
    {
        Document,
        Value,
        Rejected,
    }

    public override string Name => "spec examples (Sept 2025, GraphQL blocks)";

    public override IEnumerable<CaseResult> Run(string root)
    {
        var path = Path.Combine(root, "spec-examples", "September2025-examples.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var block in json.RootElement.EnumerateArray())
        {
            if (block.GetProperty("lang").GetString() != "graphql")
            {
                continue;
            }

            var file = block.GetProperty("file").GetString()!;
            var line = block.GetProperty("line").GetInt32();
            var kind = block.GetProperty("kind").GetString()!;
            var code = block.GetProperty("code").GetString()!;
            var id = $"{file} line {line} ({kind})";

            var (expectation, reason) = Exceptions.TryGetValue((file, line), out var exception)
                ? exception
                : (Expectation.Document, (string?)null);
            if (expectation == Expectation.Document && kind == "counter-example" && file == LanguageSection)
            {
                // A counter-example of §2 that is not listed above would be a grammar counter-example.
                expectation = Expectation.Rejected;
            }

            var problem = expectation switch
            {
                Expectation.Rejected => RoundTrip.CheckRejected(code, RoundTrip.ParseDocument),
                Expectation.Value => RoundTrip.Check(code, text => Parser.ParseConstValue(text)),
                _ => RoundTrip.Check(code, RoundTrip.ParseDocument),
            };
            yield return problem is null ? CaseResult.Pass(id, reason) : CaseResult.Fail(id, problem);
        }
    }
}
