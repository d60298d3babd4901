namespace Meridian.Execution;

/// <summary>
/// The @skip/@include directives met on the way to a field node whose <c>if</c> is a variable, as a conjunction:
/// the node is included when every variable has its expected value. Literal <c>if</c> arguments were decided when
/// planning and never appear here.
/// </summary>
internal sealed class IncludeCondition : IEquatable<IncludeCondition>
{
    private readonly (string Variable, bool Expected)[] _terms;

    private IncludeCondition((string Variable, bool Expected)[] terms)
    {
        _terms = terms;
    }

    /// <summary>The condition with one more term; <paramref name="condition"/> may be null (always true).</summary>
    public static IncludeCondition And(IncludeCondition? condition, string variable, bool expected)
    {
        if (condition is null)
        {
            return new IncludeCondition([(variable, expected)]);
        }

        foreach (var term in condition._terms)
        {
            if (term.Variable == variable && term.Expected == expected)
            {
                return condition;
            }
        }

        return new IncludeCondition([.. condition._terms, (variable, expected)]);
    }

    /// <summary>Both conditions; either may be null (always true).</summary>
    public static IncludeCondition? And(IncludeCondition? left, IncludeCondition? right)
    {
        if (left is null)
        {
            return right;
        }

        var result = left;
        if (right is not null)
        {
            foreach (var (variable, expected) in right._terms)
            {
                result = And(result, variable, expected);
            }
        }

        return result;
    }

    public bool IsTrue(IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var (variable, expected) in _terms)
        {
            if (!variables.TryGetValue(variable, out var value) || value is not bool actual || actual != expected)
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(IncludeCondition? other)
    {
        if (other is null || other._terms.Length != _terms.Length)
        {
            return false;
        }

        foreach (var term in _terms)
        {
            if (Array.IndexOf(other._terms, term) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is IncludeCondition other && Equals(other);

    public override int GetHashCode() => _terms.Length;
}
