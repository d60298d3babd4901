namespace Meridian.CodeFirst;

internal static class AuthorizationConvention
{
    public static void Apply(DescriptorContext context)
    {
        _ = context;
    }
}
