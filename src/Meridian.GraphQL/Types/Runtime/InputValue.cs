using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// An argument or input field: a typed input with an optional default value, kept both as the literal
/// (<see cref="DefaultValue"/>, for SDL and introspection) and coerced (<see cref="RuntimeDefaultValue"/>, for execution).
/// </summary>
public abstract class InputValue : IFieldDefinition
{
    private protected InputValue(
        string name,
        string? description,
        int index,
        string? deprecationReason,
        InputValueDefinitionNode? syntaxNode,
        IReadOnlyDictionary<string, object?> contextData)
    {
        Name = name;
        Description = description;
        Index = index;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
        ContextData = contextData;
    }

    public string Name { get; }

    public string? Description { get; }

    public int Index { get; }

    public IType Type { get; internal set; } = null!;

    /// <summary>The default value as a literal; null when there is no default (a default of null is a <see cref="NullValueNode"/>).</summary>
    public IValueNode? DefaultValue { get; internal set; }

    /// <summary>The default value coerced to its runtime form; meaningful only when <see cref="HasDefaultValue"/>.</summary>
    public object? RuntimeDefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>A required input: non-null type and no default value.</summary>
    public bool IsRequired => Type.Kind == TypeKind.NonNull && DefaultValue is null;

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    public abstract string Coordinate { get; }

    public DirectiveCollection Directives { get; internal set; } = DirectiveCollection.Empty;

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public abstract DirectiveLocation DirectiveLocation { get; }

    public InputValueDefinitionNode? SyntaxNode { get; }

    public override string ToString() => $"{Name}: {Type.Print()}";
}
