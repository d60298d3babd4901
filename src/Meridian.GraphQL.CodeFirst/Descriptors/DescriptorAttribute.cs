namespace Meridian.CodeFirst;

/// <summary>
/// The base of attributes that configure what they are applied to. <see cref="Order"/> decides the order in which
/// several of them run on one member: derived attributes take a <c>[CallerLineNumber]</c> constructor parameter so
/// that they run in source order, which reflection does not guarantee.
/// </summary>
public abstract class DescriptorAttribute : Attribute
{
    public int Order { get; protected set; }
}
