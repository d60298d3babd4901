using Meridian.Language;

namespace Meridian.Types;

/// <summary>The part of output fields, arguments and input fields taken from their configuration.</summary>
public abstract class FieldDefinition : IFieldDefinition
{
    private protected FieldDefinition(TypeSystemConfiguration configuration, int index, string? deprecationReason)
    {
        Name = configuration.Name;
        Description = configuration.Description;
        Index = index;
        DeprecationReason = deprecationReason;
        ContextData = ContextDataFreezer.Freeze(configuration.ContextData);
    }

    public string Name { get; }

    public string? Description { get; }

    public int Index { get; }

    public IType Type { get; internal set; } = null!;

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    public abstract string Coordinate { get; }

    public DirectiveCollection Directives { get; internal set; } = DirectiveCollection.Empty;

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public abstract DirectiveLocation DirectiveLocation { get; }

    public override string ToString() => $"{Name}: {Type.Print()}";
}
