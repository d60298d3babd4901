using Meridian.Execution;
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
            type.Fields.Add(Field("cursor", TypeReference.Named(ScalarNames.String).NonNull(), "Points at this item: pass it as after or before to page from here.", c => c.Parent<Edge>().Cursor));
            type.Fields.Add(Field("node", node.NonNull(), "The item.", c => c.Parent<Edge>().Node));
            return type;
        });
        var connection = context.GetOrAddType(stem + "Connection", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = $"A page of {node.NamedTypeName} items with cursors." };
            type.ContextData[ItemPathsKey] = new[] { new[] { "nodes" }, new[] { "edges", "node" } };
            type.ContextData[ElementTypeKey] = elementType;
            type.Fields.Add(Field("pageInfo", TypeReference.Named(pageInfo.Name).NonNull(), "Where the page is in the whole list.", c => c.Parent<Connection>().PageInfo));
            type.Fields.Add(Field("edges", TypeReference.Named(edge.Name).NonNull().List(), "The items of the page with their cursors.", c => c.Parent<Connection>().Edges));
            type.Fields.Add(Field("nodes", node.NonNull().List(), "The items of the page.", c => c.Parent<Connection>().Nodes));
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
            type.Fields.Add(Field("hasNextPage", TypeReference.Named(ScalarNames.Boolean).NonNull(), "More items follow this segment.", c => c.Parent<CollectionSegmentInfo>().HasNextPage));
            type.Fields.Add(Field("hasPreviousPage", TypeReference.Named(ScalarNames.Boolean).NonNull(), "Items precede this segment.", c => c.Parent<CollectionSegmentInfo>().HasPreviousPage));
            return type;
        });
        var segment = context.GetOrAddType(stem + "CollectionSegment", name =>
        {
            var type = new ObjectTypeConfiguration(name) { Description = $"A segment of {item.NamedTypeName} items taken by offset." };
            type.ContextData[ItemPathsKey] = new[] { new[] { "items" } };
            type.ContextData[ElementTypeKey] = elementType;
            type.Fields.Add(Field("pageInfo", TypeReference.Named(info.Name).NonNull(), "Whether there are items before and after this segment.", c => c.Parent<CollectionSegment>().Info));
            type.Fields.Add(Field("items", item.NonNull().List(), "The items of the segment.", c => c.Parent<CollectionSegment>().Items));
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
            type.Fields.Add(Field("hasNextPage", TypeReference.Named(ScalarNames.Boolean).NonNull(), "More items follow this page.", c => c.Parent<PageInfo>().HasNextPage));
            type.Fields.Add(Field("hasPreviousPage", TypeReference.Named(ScalarNames.Boolean).NonNull(), "Items precede this page.", c => c.Parent<PageInfo>().HasPreviousPage));
            type.Fields.Add(Field("startCursor", TypeReference.Named(ScalarNames.String), "The cursor of the first item of the page.", c => c.Parent<PageInfo>().StartCursor));
            type.Fields.Add(Field("endCursor", TypeReference.Named(ScalarNames.String), "The cursor of the last item of the page.", c => c.Parent<PageInfo>().EndCursor));
            return type;
        });

    private static void AddTotalCount(ObjectTypeConfiguration type, Func<IResolverContext, int?> read)
    {
        if (type.FindField("totalCount") is null)
        {
            type.Fields.Add(Field("totalCount", TypeReference.Named(ScalarNames.Int).NonNull(), "The number of items in all pages together.", c => read(c)));
        }
    }

    private static FieldConfiguration Field(string name, TypeReference type, string description, PureFieldDelegate resolver) =>
        new(name, type) { Description = description, PureResolver = resolver };

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
