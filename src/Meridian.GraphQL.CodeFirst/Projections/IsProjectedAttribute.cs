namespace Meridian.CodeFirst.Data;

/// <summary>
/// Decides whether projections read a property whatever is selected (Hot Chocolate's <c>[IsProjected]</c>): true for
/// properties that resolvers of other fields need from their parent, false for properties never to be read.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsProjectedAttribute(bool isProjected = true) : Attribute
{
    public bool IsProjected { get; } = isProjected;
}
