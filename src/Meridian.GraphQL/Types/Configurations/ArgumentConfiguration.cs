namespace Meridian.Types;

public sealed class ArgumentConfiguration : InputValueConfiguration
{
    public ArgumentConfiguration(string name, TypeReference type)
        : base(name, type)
    {
    }
}
