namespace Meridian.Introspection;

/// <summary>Boxed booleans shared by every call, so that resolvers returning a <see cref="bool"/> do not allocate.</summary>
internal static class BoxedBooleans
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static object Box(bool value) => value ? True : False;
}
