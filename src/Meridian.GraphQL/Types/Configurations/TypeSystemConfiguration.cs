using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// The mutable description of a type-system member that SDL-first and code-first produce and
/// <see cref="SchemaBuilder.Build"/> turns into an immutable runtime member.
/// </summary>
public abstract class TypeSystemConfiguration
{
    protected TypeSystemConfiguration(string name)
    {
        Name = name;
    }

    public string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Directives applied to the member, in order.</summary>
    public List<DirectiveConfiguration> Directives { get; } = [];

    /// <summary>Metadata copied (frozen) to the runtime member's <c>ContextData</c>.</summary>
    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    /// <summary>The syntax the member was read from, for error locations.</summary>
    public ISyntaxNode? SyntaxNode { get; set; }

    public override string ToString() => Name;
}
