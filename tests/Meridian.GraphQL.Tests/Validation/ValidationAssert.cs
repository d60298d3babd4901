using Meridian.Errors;
using Meridian.Language;
using Meridian.Types;
using Meridian.Validation;

namespace Meridian.GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and the line/column of each location, in order.</summary>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations);

/// <summary>Runs one rule (or all) over a document and compares the errors with the expected ones, in order.</summary>
internal static class ValidationAssert
{
    /// <summary>A schema from SDL text.</summary>
    public static Schema BuildSchema(string sdl) =>
        SchemaBuilder.New().AddTypeDefinitions(sdl).Build();

    public static IReadOnlyList<IError> Validate(Schema schema, string document, params IValidationRule[] rules)
    {
        var validator = rules.Length == 0 ? DocumentValidator.Default : new DocumentValidator(rules);
        return validator.Validate(schema, global::Meridian.Language.Parser.Parse(document)).Errors;
    }

    /// <summary>The document passes <paramref name="rule"/> alone.</summary>
    public static void Valid(Schema schema, IValidationRule rule, string document) =>
        Assert.Empty(Validate(schema, document, rule));

    /// <summary>The document passes every rule.</summary>
    public static void ValidForAllRules(Schema schema, string document) =>
        Assert.Empty(Validate(schema, document));

    /// <summary><paramref name="rule"/> alone reports exactly <paramref name="expected"/>, each with <paramref name="code"/>.</summary>
    public static void Errors(Schema schema, IValidationRule rule, string code, string document, params ExpectedError[] expected)
    {
        var errors = Validate(schema, document, rule);
        Assert.Equal(Describe(expected), Describe(errors));
        Assert.All(errors, error => Assert.Equal(code, error.Code));
    }

    private static string Describe(IEnumerable<ExpectedError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"{e.Message} @ {string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))}"));

    private static string Describe(IEnumerable<IError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"{e.Message} @ {string.Join(", ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))}"));
}
