using Meridian.Language;

namespace Meridian.Types;

/// <summary>One value of an enum type: its GraphQL name and the runtime value it stands for.</summary>
public sealed class EnumValue : IDirectiveTarget
{
    internal EnumValue(
        string name,
        string? description,
        object runtimeValue,
        string? deprecationReason,
        EnumValueDefinitionNode? syntaxNode,
        IReadOnlyDictionary<string, object?> contextData)
    {
        Name = name;
        Description = description;
        RuntimeValue = runtimeValue;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
        ContextData = contextData;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The runtime value: the name itself unless the configuration bound another (a CLR enum member in code-first).</summary>
    public object RuntimeValue { get; }

    public EnumType DeclaringType { get; internal set; } = null!;

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    public DirectiveCollection Directives { get; internal set; } = DirectiveCollection.Empty;

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public DirectiveLocation DirectiveLocation => DirectiveLocation.EnumValue;

    public EnumValueDefinitionNode? SyntaxNode { get; }

    public override string ToString() => Name;
}
