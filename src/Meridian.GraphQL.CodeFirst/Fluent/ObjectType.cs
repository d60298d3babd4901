namespace Meridian.CodeFirst;

/// <summary>
/// A fluent object type in Hot Chocolate's style: the type is inferred from <typeparamref name="T"/>, then
/// <see cref="Configure"/> renames, adds, ignores or re-types fields. Register it with <c>AddType&lt;BookType&gt;()</c>
/// (or assembly scanning); wherever <typeparamref name="T"/> is used, this type stands for it.
/// </summary>
public abstract class ObjectType<T> : IFluentObjectType
{
    protected abstract void Configure(IObjectTypeDescriptor<T> descriptor);

    void IFluentObjectType.Configure(DescriptorContext context, ObjectTypeDefinition definition, out IReadOnlySet<System.Reflection.MemberInfo> configuredMembers, out bool explicitFields)
    {
        var descriptor = new ObjectTypeDescriptor<T>(context, definition);
        Configure(descriptor);
        configuredMembers = descriptor.ConfiguredMembers;
        explicitFields = descriptor.BindsFieldsExplicitly;
    }
}
