using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Offset paging (Hot Chocolate's <c>[UseOffsetPaging]</c>): the field returns <c>XCollectionSegment</c> and takes
/// <c>skip</c> and <c>take</c>. Prefer <see cref="UsePagingAttribute"/> for large tables: an offset makes the database
/// read every skipped row.
/// </summary>
public sealed class UseOffsetPagingAttribute([CallerLineNumber] int order = 0) : PagingAttributeBase(order)
{
    /// <summary>The stem of the page type name (<c>{CollectionSegmentName}CollectionSegment</c>).</summary>
    public string? CollectionSegmentName { get; set; }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        if (!DataFieldSetup.TryGetElementType(context, descriptor, "UseOffsetPaging", out var elementType))
        {
            return;
        }

        var settings = GetSettings(context);
        var segment = PageTypeFactory.GetCollectionSegmentType(context, GetTypeStem(descriptor, CollectionSegmentName), elementType, settings.IncludeTotalCount);
        descriptor
            .Type(TypeReference.Named(segment.Name))
            .Argument(OffsetPagingMiddleware<object>.SkipName, a => a.Type(ScalarNames.Int).Description("The number of items to skip."))
            .Argument(OffsetPagingMiddleware<object>.TakeName, a => a.Type(ScalarNames.Int).Description("The number of items to return."))
            .Use(
                WellKnownMiddleware.Paging,
                DataFieldSetup.CreateMiddleware(typeof(OffsetPagingMiddleware<>), elementType, settings, QueryableExecutors.From(context.Services)).Middleware);
    }
}
