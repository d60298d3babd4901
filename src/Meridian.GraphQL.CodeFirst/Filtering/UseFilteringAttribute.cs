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

        var model = new StrongBox<FilterObjectModel>();
        var inputName = FilterTypeFactory.GetInputName(context.GetOutputType(elementType).NamedTypeName);
        descriptor
            .Argument(ArgumentName, a => a.Type(TypeReference.Named(inputName)).Description("Only the items that match these conditions."))
            .OnBeforeCompletion((completion, field) =>
            {
                if (DataFieldSetup.TryGetObjectType(completion, field, elementType, "UseFiltering", out var objectType))
                {
                    model.Value = FilterTypeFactory.GetObjectModel(completion, objectType);
                }
            })
            .Use(
                WellKnownMiddleware.Filtering,
                DataFieldSetup.CreateMiddleware(typeof(FilteringMiddleware<>), elementType, model, QueryableExecutors.From(context.Services)).Middleware);
    }
}
