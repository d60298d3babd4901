namespace Meridian.Types;

/// <summary>What output fields, arguments and input fields share: a name, a type and deprecation.</summary>
public interface IFieldDefinition : IDirectiveTarget
{
    string Name { get; }

    string? Description { get; }

    IType Type { get; }

    /// <summary>The position among its siblings, in declaration order.</summary>
    int Index { get; }

    bool IsDeprecated { get; }

    string? DeprecationReason { get; }
}
