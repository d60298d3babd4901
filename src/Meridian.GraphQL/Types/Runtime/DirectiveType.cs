using Meridian.Language;

namespace Meridian.Types;

/// <summary>A directive definition (§3.13): arguments, allowed locations, repeatability.</summary>
public sealed class DirectiveType : ITypeSystemMember
{
    private readonly int _locationMask;

    internal DirectiveType(
        string name,
        string? description,
        IReadOnlyList<DirectiveLocation> locations,
        bool isRepeatable,
        bool isPublic,
        DirectiveDefinitionNode? syntaxNode,
        IReadOnlyDictionary<string, object?> contextData)
    {
        Name = name;
        Description = description;
        Locations = locations;
        IsRepeatable = isRepeatable;
        IsPublic = isPublic;
        SyntaxNode = syntaxNode;
        ContextData = contextData;
        foreach (var location in locations)
        {
            _locationMask |= 1 << (int)location;
        }

        IsBuiltIn = BuiltInDirectives.IsSpecified(name);
    }

    public string Name { get; }

    public string? Description { get; }

    public FieldCollection<Argument> Arguments { get; internal set; } = FieldCollection<Argument>.Empty;

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>Printed in SDL where it is applied (as Hot Chocolate prints <c>@authorize</c>).</summary>
    public bool IsPublic { get; }

    /// <summary>One of the directives of the specification (@skip, @include, @deprecated, @specifiedBy, @oneOf).</summary>
    public bool IsBuiltIn { get; }

    /// <summary>True when the directive may appear in executable documents.</summary>
    public bool IsExecutable => (_locationMask & ExecutableMask) != 0;

    /// <summary>True when the directive may be applied in the type system.</summary>
    public bool IsTypeSystem => (_locationMask & ~ExecutableMask) != 0;

    public string Coordinate => "@" + Name;

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public DirectiveDefinitionNode? SyntaxNode { get; }

    public bool IsAllowedAt(DirectiveLocation location) => (_locationMask & (1 << (int)location)) != 0;

    public override string ToString() => Coordinate;

    private const int ExecutableMask =
        (1 << (int)DirectiveLocation.Query) | (1 << (int)DirectiveLocation.Mutation) | (1 << (int)DirectiveLocation.Subscription)
        | (1 << (int)DirectiveLocation.Field) | (1 << (int)DirectiveLocation.FragmentDefinition)
        | (1 << (int)DirectiveLocation.FragmentSpread) | (1 << (int)DirectiveLocation.InlineFragment)
        | (1 << (int)DirectiveLocation.VariableDefinition);
}
