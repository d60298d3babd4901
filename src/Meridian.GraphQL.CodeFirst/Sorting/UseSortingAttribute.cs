using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Adds an <c>order: [XSortInput!]</c> argument (Hot Chocolate's <c>[UseSorting]</c>) and orders the field's query by
/// it with <c>OrderBy</c>/<c>ThenBy</c>; under <c>[UsePaging]</c> the ordering also decides the cursors. Put it last
/// among the data attributes.
/// </summary>
public sealed class UseSortingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    internal const string ArgumentName = "order";

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        DataFieldSetup.RequireEnabled(context, descriptor, DataOptions.Of(context.Options).IsSortingEnabled, "UseSorting", "AddSorting");
        if (!DataFieldSetup.TryGetElementType(context, descriptor, "UseSorting", out var elementType))
        {
            return;
        }

        DataFieldSetup.UseGeneratedInput(
            context,
            descriptor,
            elementType,
            "UseSorting",
            (ArgumentName, TypeReference.Named(SortTypeFactory.GetInputName(context.GetOutputType(elementType).NamedTypeName)).NonNull().List(), "The order of the items: the first entry sorts first, later entries break ties."),
            SortTypeFactory.GetObjectModel,
            (WellKnownMiddleware.Sorting, typeof(SortingMiddleware<>)));
    }
}
