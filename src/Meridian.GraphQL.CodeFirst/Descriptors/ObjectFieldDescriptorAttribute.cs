using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>
/// An attribute on a property or resolver method that configures the field (Hot Chocolate's
/// <c>ObjectFieldDescriptorAttribute</c>): <see cref="OnConfigure"/> runs once when the field is inferred, after the
/// field's name, type, arguments and resolver member are known, in the attributes' <see cref="DescriptorAttribute.Order"/>.
/// </summary>
/// <example>
/// <code>
/// public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
/// {
///     protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
///     {
///         var element = descriptor.Definition.ElementType!;
///         var connection = context.GetOrAddType(context.Naming.GetTypeName(element, TypeKind.Object) + "Connection", name => …);
///         descriptor.Type(TypeReference.Named(connection.Name).NonNull())
///             .Argument("first", a => a.Type("Int"))
///             .Use(WellKnownMiddleware.Paging, next => async ctx => { … });
///     }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public abstract class ObjectFieldDescriptorAttribute : DescriptorAttribute
{
    protected ObjectFieldDescriptorAttribute(int order = 0)
    {
        Order = order;
    }

    /// <summary>Configures the field inferred from <paramref name="member"/>.</summary>
    protected abstract void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member);

    internal void Configure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
        OnConfigure(context, descriptor, member);
}
