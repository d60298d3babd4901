using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Meridian.Errors;

namespace Meridian.Conformance.Cats;

/// <summary>
/// Checks an execution result against a test's <c>then</c> assertions; each method returns what did not hold (empty
/// when all did).
/// </summary>
public static class CatsExpectations
{
    // graphql-js 2018 threw for requests it could not start; Meridian answers them with a request error whose code
    // says the same thing. Longer texts first: "Must provide operation" starts the "operation name" one.
    private static readonly (string Text, string Code)[] CodesByException =
    [
        ("Must provide operation name", ErrorCodes.OperationNameRequired),
        ("Must provide operation", ErrorCodes.OperationNotFound),
        ("Unknown operation name", ErrorCodes.OperationNotFound),
        ("definition is not executable", Validation.ValidationErrorCodes.NonExecutableDefinition),
    ];

    /// <summary>The <c>data</c> of the response (as JSON) against the expected map: same entries, same values, lists in the same order.</summary>
    public static IEnumerable<string> CheckData(JsonElement? actual, object? expected)
    {
        if (actual is null)
        {
            return ["expected data, the response has none"];
        }

        var problems = new List<string>();
        Compare(actual.Value, expected, "data", problems);
        return problems;
    }

    /// <summary>
    /// The error assertions: <c>error-count</c> exactly; every <c>error</c> (text contained in the message) and
    /// <c>error-regex</c> matched by its own error, at the given locations when <c>loc</c> is set.
    /// </summary>
    public static IEnumerable<string> CheckErrors(IReadOnlyList<IError> errors, CatsTest test)
    {
        var count = test.Then.Select(a => a.GetValueOrDefault("error-count")).FirstOrDefault(c => c is not null);
        if (count is not null && Convert.ToInt32(count, CultureInfo.InvariantCulture) != errors.Count)
        {
            yield return $"expected {count} errors, got {errors.Count}";
        }

        var unmatched = errors.ToList();
        foreach (var assertion in test.Then)
        {
            Func<string, bool>? matches = assertion.GetValueOrDefault("error") is { } text
                ? message => message.Contains(text.ToString()!, StringComparison.Ordinal)
                : assertion.GetValueOrDefault("error-regex") is { } pattern
                    ? message => Regex.IsMatch(message, pattern.ToString()!, RegexOptions.None, TimeSpan.FromSeconds(1))
                    : null;
            if (matches is null)
            {
                continue;
            }

            var locations = Locations(assertion.GetValueOrDefault("loc"));
            var match = unmatched.FirstOrDefault(e => matches(e.Message) && HasLocations(e, locations));
            if (match is null)
            {
                yield return $"no error like \"{assertion.GetValueOrDefault("error") ?? assertion["error-regex"]}\" at {string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}";
            }
            else
            {
                unmatched.Remove(match);
            }
        }
    }

    /// <summary>
    /// An <c>exception</c> assertion: the request must fail as a whole (no data) with the error code that stands for
    /// graphql-js's exception, and every 'quoted' name of the expected text must appear in the message.
    /// </summary>
    public static IEnumerable<string> CheckRequestError(bool hasData, IReadOnlyList<IError> errors, string exception)
    {
        var code = CodesByException.FirstOrDefault(c => exception.Contains(c.Text, StringComparison.Ordinal)).Code;
        if (code is null)
        {
            yield return $"no error code is known for the exception \"{exception}\"";
            yield break;
        }

        if (hasData)
        {
            yield return "expected the request to fail without data, it has data";
        }

        var names = Regex.Matches(exception, "'([^']+)'", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();
        if (!errors.Any(e => e.Code == code && names.All(n => e.Message.Contains(n, StringComparison.Ordinal))))
        {
            yield return $"expected an error {code} naming {string.Join(", ", names.DefaultIfEmpty("nothing"))}";
        }
    }

    private static void Compare(JsonElement actual, object? expected, string path, List<string> problems)
    {
        switch (expected)
        {
            case null when actual.ValueKind == JsonValueKind.Null:
                return;
            case Dictionary<object, object> map when actual.ValueKind == JsonValueKind.Object:
                // YAML maps are unordered, so the expectation says nothing about entry order (the merged fragments test
                // lists `c` before `deep`, where §6.3.2 CollectFields puts `deep` first): the entries are compared as a set.
                var actualNames = actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var expectedNames = map.Keys.Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
                if (!actualNames.SequenceEqual(expectedNames))
                {
                    problems.Add($"{path}: expected entries {{{string.Join(", ", expectedNames)}}}, got {{{string.Join(", ", actualNames)}}}");
                    return;
                }

                foreach (var (key, value) in map)
                {
                    Compare(actual.GetProperty(key.ToString()!), value, $"{path}.{key}", problems);
                }

                return;
            case List<object> list when actual.ValueKind == JsonValueKind.Array:
                if (actual.GetArrayLength() != list.Count)
                {
                    problems.Add($"{path}: expected {list.Count} items, got {actual.GetArrayLength()}");
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Compare(actual[i], list[i], $"{path}[{i}]", problems);
                }

                return;
            case string text when actual.ValueKind == JsonValueKind.String && actual.GetString() == text:
            case bool flag when actual.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False):
                return;
            case not (string or bool or Dictionary<object, object> or List<object>) and IConvertible number
                when actual.ValueKind == JsonValueKind.Number
                && actual.GetDecimal() == Convert.ToDecimal(number, CultureInfo.InvariantCulture):
                return;
            default:
                problems.Add($"{path}: expected {Describe(expected)}, got {actual.GetRawText()}");
                return;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        bool flag => flag ? "true" : "false",
        Dictionary<object, object> => "an object",
        List<object> => "a list",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };

    // `loc` is one {line, column} map, a list of such maps, or a list of [line, column] pairs.
    private static List<(int Line, int Column)> Locations(object? loc) => loc switch
    {
        null => [],
        Dictionary<object, object> one => [Point(one)],
        List<object> many => many.Select(item => item switch
        {
            Dictionary<object, object> map => Point(map),
            List<object> pair => (Number(pair[0]), Number(pair[1])),
            _ => throw new InvalidOperationException($"Unreadable loc entry: {item}"),
        }).ToList(),
        _ => throw new InvalidOperationException($"Unreadable loc: {loc}"),
    };

    private static (int Line, int Column) Point(Dictionary<object, object> map) => (Number(map["line"]), Number(map["column"]));

    private static int Number(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static bool HasLocations(IError error, List<(int Line, int Column)> expected) =>
        expected.All(l => (error.Locations ?? []).Any(actual => actual.Line == l.Line && actual.Column == l.Column));
}
