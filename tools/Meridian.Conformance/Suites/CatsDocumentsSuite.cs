using Meridian.Conformance.Cats;

namespace Meridian.Conformance.Suites;

/// <summary>
/// The documents of graphql-cats' validation and execution scenarios (queries, inline schemas and schema files): all
/// are syntactically valid, so each must parse and survive a round trip. Their validation and execution expectations
/// belong to suites of those engine parts.
/// </summary>
public sealed class CatsDocumentsSuite : SynchronousConformanceSuite
{
    public override string Name => "graphql-cats validation and execution documents";

    public override IEnumerable<CaseResult> Run(string root)
    {
        var schemaFiles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scenario in CatsScenarioReader.ReadAll(root))
        {
            foreach (var test in scenario.Tests.Where(t => t.Action != "parse"))
            {
                yield return Check(test.Id + " (query)", test.Query);
                if (test.Background("schema") is string schema)
                {
                    yield return Check(test.Id + " (schema)", schema);
                }

                if (test.Background("schema-file") is string schemaFile)
                {
                    schemaFiles.Add(Path.Combine(Path.GetDirectoryName(scenario.File)!, schemaFile));
                }
            }
        }

        foreach (var file in schemaFiles)
        {
            yield return Check(Path.GetFileName(file), File.ReadAllText(file));
        }
    }

    private static CaseResult Check(string id, string text)
    {
        var problem = RoundTrip.Check(text, RoundTrip.ParseDocument);
        return problem is null ? CaseResult.Pass(id) : CaseResult.Fail(id, problem);
    }
}
