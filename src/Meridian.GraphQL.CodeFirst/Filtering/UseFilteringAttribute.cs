using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Adds a <c>where: XFilterInput</c> argument (Hot Chocolate's <c>[UseFiltering]</c>) and applies it to the field's
/// query as a <c>Where</c> predicate, which Entity Framework translates to SQL. Put it after <c>[UsePaging]</c> and
/// <c>[UseProjection]</c> and before <c>[UseSorting]</c>.
/// </summary>
public sealed class UseFilteringAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    internal const string ArgumentName = "where";

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        DataFieldSetup.RequireEnabled(context, descriptor, DataOptions.Of(context.Options).IsFilteringEnabled, "UseFiltering", "AddFiltering");
        if (!DataFieldSetup.TryGetElementType(context, descriptor, "UseFiltering", out var elementType))
        {
            return;
        }

        DataFieldSetup.UseGeneratedInput(
            context,
            descriptor,
            elementType,
            "UseFiltering",
            (ArgumentName, TypeReference.Named(FilterTypeFactory.GetInputName(context.GetOutputType(elementType).NamedTypeName)), "Only the items that match these conditions."),
            FilterTypeFactory.GetObjectModel,
            (WellKnownMiddleware.Filtering, typeof(FilteringMiddleware<>)));
    }
}
