using Meridian.Language;

namespace Meridian.Types;

/// <summary>A directive definition.</summary>
public sealed class DirectiveTypeConfiguration : TypeSystemConfiguration
{
    public DirectiveTypeConfiguration(string name)
        : base(name)
    {
    }

    public List<ArgumentConfiguration> Arguments { get; } = [];

    public List<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    /// <summary>Printed in SDL where applied (as Hot Chocolate prints <c>@authorize</c>). SDL-defined directives are public.</summary>
    public bool IsPublic { get; set; }
}
