using Meridian.Language;

namespace Meridian.Types;

/// <summary>One value of an enum type: its GraphQL name and the runtime value it stands for.</summary>
public sealed class EnumValue : IDirectiveTarget
{
    internal EnumValue(EnumValueConfiguration configuration, string? deprecationReason)
    {
        Name = configuration.Name;
        Description = configuration.Description;
        RuntimeValue = configuration.RuntimeValue ?? configuration.Name;
        DeprecationReason = deprecationReason;
        SyntaxNode = configuration.SyntaxNode as EnumValueDefinitionNode;
        ContextData = ContextDataFreezer.Freeze(configuration.ContextData);
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
