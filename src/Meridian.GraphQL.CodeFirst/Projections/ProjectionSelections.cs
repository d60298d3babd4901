using Meridian.Execution;
using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Finds the selections of a field's items: the field's own selections, or — for page types (connections,
/// collection segments) — those below the page's item paths (<c>nodes</c>, <c>edges.node</c>, <c>items</c>), merged.
/// </summary>
internal static class ProjectionSelections
{
    /// <summary>The object type of the items and their selections; null when the items are not of one object type.</summary>
    public static (ObjectType Type, IReadOnlyList<ISelection> Selections)? OfField(IResolverContext context) =>
        Follow(context, context.Field.Type.NamedType(), null);

    /// <summary>The items below a selection of an object, list or page type.</summary>
    public static (ObjectType Type, IReadOnlyList<ISelection> Selections)? OfSelections(IResolverContext context, IReadOnlyList<ISelection> selections)
    {
        ObjectType? itemType = null;
        var merged = new List<ISelection>();
        foreach (var selection in selections)
        {
            if (Follow(context, selection.Field.Type.NamedType(), selection) is not { } items)
            {
                return null;
            }

            itemType = items.Type;
            merged.AddRange(items.Selections);
        }

        return itemType is null ? null : (itemType, merged);
    }

    private static (ObjectType Type, IReadOnlyList<ISelection> Selections)? Follow(IResolverContext context, INamedType type, ISelection? selection)
    {
        if (type is not ObjectType objectType)
        {
            return null;
        }

        var selections = context.GetSelections(objectType, selection);
        if (!objectType.ContextData.TryGetValue(PageTypeFactory.ItemPathsKey, out var value) || value is not string[][] paths)
        {
            return (objectType, selections);
        }

        ObjectType? itemType = null;
        var merged = new List<ISelection>();
        foreach (var path in paths)
        {
            if (FollowPath(context, selections, path, 0) is { } found)
            {
                itemType = found.Type;
                merged.AddRange(found.Selections);
            }
        }

        // A page whose items are not selected still has an item type: take it from the first path's field.
        itemType ??= ItemTypeOf(objectType, paths[0]);
        return itemType is null ? null : (itemType, merged);
    }

    private static (ObjectType Type, IReadOnlyList<ISelection> Selections)? FollowPath(IResolverContext context, IReadOnlyList<ISelection> selections, string[] path, int index)
    {
        ObjectType? itemType = null;
        var merged = new List<ISelection>();
        foreach (var selection in selections)
        {
            if (selection.Field.Name != path[index] || selection.Field.Type.NamedType() is not ObjectType next)
            {
                continue;
            }

            var nested = context.GetSelections(next, selection);
            if (index == path.Length - 1)
            {
                itemType = next;
                merged.AddRange(nested);
            }
            else if (FollowPath(context, nested, path, index + 1) is { } found)
            {
                itemType = found.Type;
                merged.AddRange(found.Selections);
            }
        }

        return itemType is null ? null : (itemType, merged);
    }

    private static ObjectType? ItemTypeOf(ObjectType pageType, string[] path)
    {
        IType current = pageType;
        foreach (var name in path)
        {
            if (current.NamedType() is not ObjectType objectType || !objectType.Fields.TryGetField(name, out var field))
            {
                return null;
            }

            current = field.Type;
        }

        return current.NamedType() as ObjectType;
    }
}
