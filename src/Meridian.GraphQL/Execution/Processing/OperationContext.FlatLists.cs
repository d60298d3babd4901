using System.Collections;
using Meridian.Types;

namespace Meridian.Execution;

internal sealed partial class OperationContext
{
    /// <summary>
    /// Completes a list of objects whose selection set is flat (<see cref="FlatObjectLayout"/>) by writing its JSON
    /// into the result's buffer, without a result node per object. Only for lists that can be read again (arrays and
    /// <see cref="IList"/>s; reading items and properties is taken as unobservable, as for eager leaves): when an
    /// item or a leaf needs the general completion (a null item in a non-null position, a CLR type without typed
    /// readers, a null in a non-null field, a value the type rejects, an exception), what was written is left unused
    /// and the list is completed the general way, so errors and null propagation are exactly as before.
    /// </summary>
    private bool TryWriteFlatList(ResolverContext context, ListType type, IList items, ResultData container, int index, bool nonNull)
    {
        var elementType = type.ElementType;
        var itemsNonNull = elementType is NonNullType;
        if ((itemsNonNull ? ((NonNullType)elementType).NullableType : elementType) is not ObjectType objectType
            || !Executor.Options.WriteFlatListsDirectly)
        {
            return false;
        }

        var plan = context.Selection.GetSelectionSet(objectType);
        if (plan.GetFlatLayout(depth: 0) is not { } layout)
        {
            return false;
        }

        var buffer = Results.Buffer;
        var start = buffer.WrittenCount;
        if (!FlatJsonWriter.TryWriteList(items, itemsNonNull, plan, layout, buffer))
        {
            return false;
        }

        var list = Results.RentJsonList();
        list.Initialize(buffer, start, buffer.WrittenCount - start, plan);
        list.Attach(container, index, nonNull);
        container.SetValue(index, list);
        return true;
    }
}
