namespace Meridian.CodeFirst;

internal static class MutationConventions
{
    public static void Apply(DescriptorContext context)
    {
        _ = context;
    }
}
