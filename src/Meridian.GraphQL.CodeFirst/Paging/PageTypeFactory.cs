using Meridian.Types;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Generates the page types in Hot Chocolate's shape: <c>XConnection { pageInfo edges nodes totalCount }</c>,
/// <c>XEdge { cursor node }</c> and the shared <c>PageInfo</c>; <c>XCollectionSegment { pageInfo items totalCount }</c>
/// and the shared <c>CollectionSegmentInfo</c>. Page types record where their items are, for projections.
/// </summary>
internal static class PageTypeFactory
{
    /// <summary>Context data of page types: the field paths from the page to its items (<c>nodes</c>, <c>edges.node</c>).</summary>
    public const string ItemPathsKey = "Meridian.Data.ItemPaths";

    private const string ElementTypeKey = "Meridian.Data.ElementType";

    public static ObjectTypeConfiguration GetConnectionType(IDescriptorContext context, string stem, Type elementType, bool includeTotalCount)
    {
        var node = context.GetOutputType(elementType);
        var pageInfo = GetPageInfoType(context);
        var edge = context.GetOrAddType(stem + "Edge", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = $"An item of {stem}Connection and its cursor." };
            type.Fields.Add(new FieldConfiguration("cursor", TypeReference.Named(ScalarNames.String).NonNull())
            {
                Description = "Points at this item: pass it as after or before to page from here.",
                PureResolver = c => c.Parent<Edge>().Cursor,
            });
            type.Fields.Add(new FieldConfiguration("node", node.NonNull()) { Description = "The item.", PureResolver = c => c.Parent<Edge>().Node });
            return type;
        });
        var connection = context.GetOrAddType(stem + "Connection", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = $"A page of {node.NamedTypeName} items with cursors." };
            type.ContextData[ItemPathsKey] = new[] { new[] { "nodes" }, new[] { "edges", "node" } };
            type.ContextData[ElementTypeKey] = elementType;
            type.Fields.Add(new FieldConfiguration("pageInfo", TypeReference.Named(pageInfo.Name).NonNull())
            {
                Description = "Where the page is in the whole list.",
                PureResolver = c => c.Parent<Connection>().PageInfo,
            });
            type.Fields.Add(new FieldConfiguration("edges", TypeReference.Named(edge.Name).NonNull().List())
            {
                Description = "The items of the page with their cursors.",
                PureResolver = c => c.Parent<Connection>().Edges,
            });
            type.Fields.Add(new FieldConfiguration("nodes", node.NonNull().List())
            {
                Description = "The items of the page.",
                PureResolver = c => c.Parent<Connection>().Nodes,
            });
            return type;
        });

        CheckElementType(context, connection, elementType);
        if (includeTotalCount)
        {
            AddTotalCount(connection, c => c.Parent<Connection>().TotalCount);
        }

        return connection;
    }

    public static ObjectTypeConfiguration GetCollectionSegmentType(IDescriptorContext context, string stem, Type elementType, bool includeTotalCount)
    {
        var item = context.GetOutputType(elementType);
        var info = context.GetOrAddType("CollectionSegmentInfo", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = "Whether there are items before and after a collection segment." };
            type.Fields.Add(new FieldConfiguration("hasNextPage", TypeReference.Named(ScalarNames.Boolean).NonNull())
            {
                Description = "More items follow this segment.",
                PureResolver = c => c.Parent<CollectionSegmentInfo>().HasNextPage,
            });
            type.Fields.Add(new FieldConfiguration("hasPreviousPage", TypeReference.Named(ScalarNames.Boolean).NonNull())
            {
                Description = "Items precede this segment.",
                PureResolver = c => c.Parent<CollectionSegmentInfo>().HasPreviousPage,
            });
            return type;
        });
        var segment = context.GetOrAddType(stem + "CollectionSegment", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = $"A segment of {item.NamedTypeName} items taken by offset." };
            type.ContextData[ItemPathsKey] = new[] { new[] { "items" } };
            type.ContextData[ElementTypeKey] = elementType;
            type.Fields.Add(new FieldConfiguration("pageInfo", TypeReference.Named(info.Name).NonNull())
            {
                Description = "Whether there are items before and after this segment.",
                PureResolver = c => c.Parent<CollectionSegment>().Info,
            });
            type.Fields.Add(new FieldConfiguration("items", item.NonNull().List())
            {
                Description = "The items of the segment.",
                PureResolver = c => c.Parent<CollectionSegment>().Items,
            });
            return type;
        });

        CheckElementType(context, segment, elementType);
        if (includeTotalCount)
        {
            AddTotalCount(segment, c => c.Parent<CollectionSegment>().TotalCount);
        }

        return segment;
    }

    private static ObjectTypeConfiguration GetPageInfoType(IDescriptorContext context) =>
        context.GetOrAddType("PageInfo", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = "Where a page of a connection is in the whole list." };
            type.Fields.Add(new FieldConfiguration("hasNextPage", TypeReference.Named(ScalarNames.Boolean).NonNull())
            {
                Description = "More items follow this page.",
                PureResolver = c => c.Parent<PageInfo>().HasNextPage,
            });
            type.Fields.Add(new FieldConfiguration("hasPreviousPage", TypeReference.Named(ScalarNames.Boolean).NonNull())
            {
                Description = "Items precede this page.",
                PureResolver = c => c.Parent<PageInfo>().HasPreviousPage,
            });
            type.Fields.Add(new FieldConfiguration("startCursor", TypeReference.Named(ScalarNames.String))
            {
                Description = "The cursor of the first item of the page.",
                PureResolver = c => c.Parent<PageInfo>().StartCursor,
            });
            type.Fields.Add(new FieldConfiguration("endCursor", TypeReference.Named(ScalarNames.String))
            {
                Description = "The cursor of the last item of the page.",
                PureResolver = c => c.Parent<PageInfo>().EndCursor,
            });
            return type;
        });

    private static void AddTotalCount(ObjectTypeConfiguration type, Func<Meridian.Execution.IResolverContext, int?> read)
    {
        if (type.FindField("totalCount") is null)
        {
            type.Fields.Add(new FieldConfiguration("totalCount", TypeReference.Named(ScalarNames.Int).NonNull())
            {
                Description = "The number of items in all pages together.",
                PureResolver = c => read(c),
            });
        }
    }

    /// <summary>Two paged fields of one name share their page types only when their items are of one type.</summary>
    private static void CheckElementType(IDescriptorContext context, ObjectTypeConfiguration type, Type elementType)
    {
        if (type.ContextData.TryGetValue(ElementTypeKey, out var existing) && existing is Type other && other != elementType)
        {
            context.ReportError(
                $"The page type {type.Name} is generated for items of {other.Name} and of {elementType.Name}; give one of the fields another ConnectionName.",
                type.Name);
        }
    }
}
