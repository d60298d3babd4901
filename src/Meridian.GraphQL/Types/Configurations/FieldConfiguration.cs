using System.Reflection;
using Meridian.Execution;

namespace Meridian.Types;

/// <summary>A field of an object or interface type configuration.</summary>
public sealed class FieldConfiguration : TypeSystemConfiguration
{
    public FieldConfiguration(string name, TypeReference type)
        : base(name)
    {
        Type = type;
    }

    public TypeReference Type { get; set; }

    public List<ArgumentConfiguration> Arguments { get; } = [];

    public string? DeprecationReason { get; set; }

    /// <summary>The asynchronous resolver. When neither resolver is set the default resolver reads the parent.</summary>
    public FieldResolverDelegate? Resolver { get; set; }

    /// <summary>A synchronous, side-effect-free resolver that the executor may run inline.</summary>
    public PureFieldDelegate? PureResolver { get; set; }

    /// <summary>Middleware around the resolver; the first in the list runs first (outermost).</summary>
    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>For subscription root fields: creates the source stream.</summary>
    public SubscribeResolverDelegate? SubscribeResolver { get; set; }

    /// <summary>The CLR member the field stands for (code-first); the default resolver reads it when set.</summary>
    public MemberInfo? Member { get; set; }

    public ArgumentConfiguration? FindArgument(string name) => Arguments.Find(a => a.Name == name);
}
