using System.Collections;

namespace Meridian.Types;

/// <summary>The directives applied to a type-system member, in source order.</summary>
public sealed class DirectiveCollection : IReadOnlyList<Directive>
{
    private readonly Directive[] _directives;

    internal DirectiveCollection(Directive[] directives)
    {
        _directives = directives;
    }

    public static DirectiveCollection Empty { get; } = new([]);

    public int Count => _directives.Length;

    public Directive this[int index] => _directives[index];

    /// <summary>The first directive with the name, or null.</summary>
    public Directive? FirstOrDefault(string name)
    {
        foreach (var directive in _directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>All directives with the name (several when the directive is repeatable).</summary>
    public IEnumerable<Directive> GetAll(string name)
    {
        foreach (var directive in _directives)
        {
            if (directive.Name == name)
            {
                yield return directive;
            }
        }
    }

    public bool Contains(string name) => FirstOrDefault(name) is not null;

    public ArrayEnumerator<Directive> GetEnumerator() => new(_directives);

    IEnumerator<Directive> IEnumerable<Directive>.GetEnumerator() => ((IEnumerable<Directive>)_directives).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _directives.GetEnumerator();
}
