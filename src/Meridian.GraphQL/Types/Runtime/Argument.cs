using Meridian.Language;

namespace Meridian.Types;

/// <summary>An argument of a field or of a directive definition.</summary>
public sealed class Argument : InputValue
{
    internal Argument(ArgumentConfiguration configuration, int index, string? deprecationReason)
        : base(configuration, index, deprecationReason)
    {
    }

    /// <summary>The <see cref="OutputField"/> or <see cref="DirectiveType"/> that declares the argument.</summary>
    public ITypeSystemMember DeclaringMember { get; internal set; } = null!;

    public override string Coordinate => $"{DeclaringMember.Coordinate}({Name}:)";

    public override DirectiveLocation DirectiveLocation => DirectiveLocation.ArgumentDefinition;
}
