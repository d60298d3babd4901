using System.Reflection;
using System.Runtime.CompilerServices;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Relay cursor paging (Hot Chocolate's <c>[UsePaging]</c>): the field returns <c>XConnection</c> (named after the field,
/// or <see cref="ConnectionName"/>) and takes <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>. On a query the
/// page is sought by keyset — cursors hold the values of the ordering keys, the entity key breaking ties — so the
/// database never skips rows; items without a key page by position. Put it first among the data attributes.
/// </summary>
public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : PagingAttributeBase(order)
{
    private bool? _allowBackwardPagination;

    /// <summary>The stem of the page type names (<c>{ConnectionName}Connection</c>, <c>{ConnectionName}Edge</c>).</summary>
    public string? ConnectionName { get; set; }

    public bool AllowBackwardPagination
    {
        get => _allowBackwardPagination ?? true;
        set => _allowBackwardPagination = value;
    }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        if (!DataFieldSetup.TryGetElementType(context, descriptor, "UsePaging", out var elementType))
        {
            return;
        }

        var settings = GetSettings(context, _allowBackwardPagination);
        var connection = PageTypeFactory.GetConnectionType(context, GetTypeStem(descriptor, ConnectionName), elementType, settings.IncludeTotalCount);
        descriptor
            .Type(TypeReference.Named(connection.Name))
            .Argument(CursorPagingArguments.FirstName, a => a.Type(ScalarNames.Int).Description("The number of items to return from the start of the range."))
            .Argument(CursorPagingArguments.AfterName, a => a.Type(ScalarNames.String).Description("Starts the range after the item this cursor points at."));
        if (settings.AllowBackwardPagination)
        {
            descriptor
                .Argument(CursorPagingArguments.LastName, a => a.Type(ScalarNames.Int).Description("The number of items to return from the end of the range."))
                .Argument(CursorPagingArguments.BeforeName, a => a.Type(ScalarNames.String).Description("Ends the range before the item this cursor points at."));
        }

        descriptor.Use(
            WellKnownMiddleware.Paging,
            DataFieldSetup.CreateMiddleware(typeof(CursorPagingMiddleware<>), elementType, settings, QueryableExecutors.From(context.Services)).Middleware);
    }
}
