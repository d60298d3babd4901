namespace Meridian.CodeFirst;

/// <summary>
/// Applies the mutation convention to one mutation when it is not applied to all (or, with <see cref="Disable"/>,
/// leaves one mutation as written when it is).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseMutationConventionAttribute : Attribute
{
    public bool Disable { get; set; }
}
