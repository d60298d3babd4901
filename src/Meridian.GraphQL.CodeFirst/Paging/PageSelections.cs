using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>What the request selects of a page: the items (edges, nodes, items, page info) and the total count.</summary>
internal readonly record struct PageSelections(bool Items, bool TotalCount)
{
    public static PageSelections Read(IResolverContext context)
    {
        if (context.Field.Type.NamedType() is not ObjectType pageType)
        {
            return new PageSelections(true, false);
        }

        bool items = false, totalCount = false;
        foreach (var selection in context.GetSelections(pageType))
        {
            switch (selection.Field.Name)
            {
                case "totalCount":
                    totalCount = true;
                    break;
                case "__typename":
                    break;
                default:
                    items = true;
                    break;
            }
        }

        return new PageSelections(items, totalCount);
    }
}
