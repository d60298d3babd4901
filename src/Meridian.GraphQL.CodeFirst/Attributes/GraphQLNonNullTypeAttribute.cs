namespace Meridian.CodeFirst;

/// <summary>
/// Makes a field, argument or input field non-null regardless of its C# annotation (for code that is not
/// nullable-annotated, or a nullable property that is always set). List elements stay as inferred unless
/// <see cref="ElementsNonNull"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNonNullTypeAttribute : Attribute
{
    public bool ElementsNonNull { get; set; }
}
