namespace Meridian.Types;

public sealed class EnumValueConfiguration : TypeSystemConfiguration
{
    public EnumValueConfiguration(string name, object? runtimeValue = null)
        : base(name)
    {
        RuntimeValue = runtimeValue;
    }

    /// <summary>The runtime value; null means the name itself.</summary>
    public object? RuntimeValue { get; set; }

    public string? DeprecationReason { get; set; }
}
