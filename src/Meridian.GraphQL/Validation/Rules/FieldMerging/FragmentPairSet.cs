namespace Meridian.Validation;

/// <summary>
/// The pairs of fragments already compared, in either order, with whether they were compared as mutually exclusive.
/// A comparison made without exclusivity covers both kinds of question; one made with it only the exclusive one.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _pairs = [];

    public bool Contains(string a, string b, bool areMutuallyExclusive) =>
        _pairs.TryGetValue(Key(a, b), out var comparedExclusive) && (areMutuallyExclusive || !comparedExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[Key(a, b)] = areMutuallyExclusive;

    private static (string, string) Key(string a, string b) =>
        string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
