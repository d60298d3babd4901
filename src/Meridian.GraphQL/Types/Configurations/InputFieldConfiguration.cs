namespace Meridian.Types;

public sealed class InputFieldConfiguration : InputValueConfiguration
{
    public InputFieldConfiguration(string name, TypeReference type)
        : base(name, type)
    {
    }
}
