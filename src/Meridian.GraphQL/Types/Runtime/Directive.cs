using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// A directive applied to a type-system member: its definition and the argument literals as written. Argument values
/// are coerced on request (<see cref="GetArgumentValue"/>), defaults included.
/// </summary>
public sealed class Directive
{
    internal Directive(DirectiveType type, IReadOnlyList<ArgumentNode> arguments, DirectiveNode? syntaxNode)
    {
        Type = type;
        Arguments = arguments;
        SyntaxNode = syntaxNode;
    }

    public DirectiveType Type { get; }

    public string Name => Type.Name;

    /// <summary>The arguments as written, in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public DirectiveNode? SyntaxNode { get; }

    /// <summary>The literal given for an argument, or null when it was not given.</summary>
    public IValueNode? GetArgumentLiteral(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The coerced value of an argument: the literal given, else the argument's default, else null.</summary>
    public object? GetArgumentValue(string name)
    {
        var argument = Type.Arguments[name];
        var literal = GetArgumentLiteral(name);
        if (literal is null)
        {
            return argument.HasDefaultValue ? argument.RuntimeDefaultValue : null;
        }

        return InputCoercion.CoerceLiteral(literal, argument.Type);
    }

    /// <summary>The coerced value of an argument, converted to <typeparamref name="T"/> by cast.</summary>
    public T? GetArgumentValue<T>(string name) => GetArgumentValue(name) is T value ? value : default;

    /// <summary>The directive as syntax, for printing.</summary>
    public DirectiveNode ToSyntaxNode() => SyntaxNode ?? new DirectiveNode(null, new NameNode(Name), Arguments);

    public override string ToString() => ValueInspector.Print(ToSyntaxNode());
}
