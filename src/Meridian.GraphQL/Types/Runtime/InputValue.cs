using Meridian.Language;

namespace Meridian.Types;

/// <summary>
/// An argument or input field: a typed input with an optional default value, kept both as the literal
/// (<see cref="DefaultValue"/>, for SDL and introspection) and coerced (<see cref="RuntimeDefaultValue"/>, for execution).
/// </summary>
public abstract class InputValue : FieldDefinition
{
    private protected InputValue(InputValueConfiguration configuration, int index, string? deprecationReason)
        : base(configuration, index, deprecationReason)
    {
        SyntaxNode = configuration.SyntaxNode as InputValueDefinitionNode;
    }

    /// <summary>The default value as a literal; null when there is no default (a default of null is a <see cref="NullValueNode"/>).</summary>
    public IValueNode? DefaultValue { get; internal set; }

    /// <summary>The default value coerced to its runtime form; meaningful only when <see cref="HasDefaultValue"/>.</summary>
    public object? RuntimeDefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>A required input: non-null type and no default value.</summary>
    public bool IsRequired => Type.Kind == TypeKind.NonNull && DefaultValue is null;

    public InputValueDefinitionNode? SyntaxNode { get; }
}
