namespace Meridian.CodeFirst;

internal static class GlobalObjectIdentification
{
    public static void Apply(DescriptorContext context)
    {
        _ = context;
    }
}
