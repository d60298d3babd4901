using Meridian.Language;

namespace Meridian.Types;

/// <summary>A directive applied to a configuration: its name and argument literals.</summary>
public sealed class DirectiveConfiguration
{
    public DirectiveConfiguration(string name, IReadOnlyList<ArgumentNode>? arguments = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Arguments = arguments ?? [];
    }

    public DirectiveConfiguration(DirectiveNode syntaxNode)
        : this(syntaxNode.Name.Value, syntaxNode.Arguments)
    {
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public DirectiveNode? SyntaxNode { get; }

    /// <summary>
    /// A directive with argument values given as CLR values (strings, booleans, numbers, CLR enum members as enum
    /// literals, maps, sequences), converted to literals.
    /// </summary>
    public static DirectiveConfiguration Create(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var literals = new List<ArgumentNode>();
        if (arguments is not null)
        {
            foreach (var (argumentName, value) in arguments)
            {
                literals.Add(new ArgumentNode(null, new NameNode(argumentName), ValueToLiteralConverter.FromObject(value)));
            }
        }

        return new DirectiveConfiguration(name, literals);
    }

    public override string ToString() => ValueInspector.Print(SyntaxNode ?? new DirectiveNode(null, new NameNode(Name), Arguments));
}
