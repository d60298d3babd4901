using Meridian.Execution;

namespace Meridian.CodeFirst.Data;

/// <summary>The <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> of a request, checked against the field's settings as Hot Chocolate checks them.</summary>
internal sealed record CursorPagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const string FirstName = "first";
    public const string AfterName = "after";
    public const string LastName = "last";
    public const string BeforeName = "before";

    public static CursorPagingArguments Read(IResolverContext context, PagingSettings settings)
    {
        var first = context.ArgumentValue<int?>(FirstName);
        var last = settings.AllowBackwardPagination ? context.ArgumentValue<int?>(LastName) : null;
        if (settings.RequirePagingBoundaries && first is null && last is null)
        {
            throw DataErrors.Create(
                DataErrorCodes.PagingBoundariesRequired,
                $"Give first or last to page through {context.Field.Coordinate}.");
        }

        PageSizes.Check(first, FirstName, settings, context);
        PageSizes.Check(last, LastName, settings, context);
        if (first is null && last is null)
        {
            first = settings.DefaultPageSize;
        }

        return new CursorPagingArguments(
            first,
            context.ArgumentValue<string?>(AfterName),
            last,
            settings.AllowBackwardPagination ? context.ArgumentValue<string?>(BeforeName) : null);
    }
}

/// <summary>The checks of a requested page size: not negative, not above the maximum.</summary>
internal static class PageSizes
{
    public static void Check(int? size, string argument, PagingSettings settings, IResolverContext context)
    {
        if (size < 0)
        {
            throw DataErrors.Create(
                DataErrorCodes.NegativePageSize,
                $"The argument {argument} of {context.Field.Coordinate} must not be negative.",
                argument,
                new Dictionary<string, object?> { ["requestedItems"] = size });
        }

        if (size > settings.MaxPageSize)
        {
            throw DataErrors.Create(
                DataErrorCodes.MaxPageSizeExceeded,
                $"The argument {argument} of {context.Field.Coordinate} asks for {size} items; at most {settings.MaxPageSize} are allowed.",
                argument,
                new Dictionary<string, object?> { ["requestedItems"] = size, ["maxAllowedItems"] = settings.MaxPageSize });
        }
    }
}
