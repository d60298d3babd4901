using System.Collections;
using Meridian.Errors;
using Meridian.Types;

namespace Meridian.Execution;

internal sealed partial class OperationContext
{
    /// <summary>CompleteValue (§6.4.3) for a field's resolved value, written into the field's slot.</summary>
    private void CompleteField(ResolverContext context, object? value)
    {
        var selection = context.Selection;
        CompleteValue(context, selection.Field.Type, value, context.Container, context.Index, nonNull: false);
    }

    private void CompleteValue(ResolverContext context, IType type, object? value, ResultData container, int index, bool nonNull)
    {
        if (type is NonNullType nonNullType)
        {
            type = nonNullType.NullableType;
            nonNull = true;
        }

        if (value is null)
        {
            if (nonNull)
            {
                ReportFieldError(context, container, index, ErrorCodes.NonNullViolation,
                    $"Cannot return null for non-nullable field {context.Selection.DeclaringType.Name}.{context.Selection.Field.Name}.");
            }

            SetNull(container, index, nonNull);
            return;
        }

        // Class checks before the interface check: they cost less, and objects are the common list element.
        switch (type)
        {
            case ObjectType objectType:
                CompleteObject(context, objectType, value, container, index, nonNull);
                break;
            case ListType list:
                CompleteList(context, list, value, container, index, nonNull);
                break;
            case ILeafType leaf:
                CompleteLeaf(context, leaf, value, container, index, nonNull);
                break;
            default:
                var resolved = Schema.ResolveConcreteType((INamedType)type, context, value);
                if (resolved is null)
                {
                    ReportFieldError(context, container, index, ErrorCodes.AbstractTypeUnresolved,
                        $"Abstract type \"{((INamedType)type).Name}\" must resolve to an Object type at runtime for field \"{context.Selection.DeclaringType.Name}.{context.Selection.Field.Name}\". Either the \"{((INamedType)type).Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
                    SetNull(container, index, nonNull);
                    return;
                }

                CompleteObject(context, resolved, value, container, index, nonNull);
                break;
        }
    }

    private void CompleteList(ResolverContext context, ListType type, object value, ResultData container, int index, bool nonNull)
    {
        if (value is string || value is not IEnumerable items)
        {
            ReportFieldError(context, container, index, ErrorCodes.ValueNotSerializable,
                $"Expected Iterable, but did not find one for field \"{context.Selection.DeclaringType.Name}.{context.Selection.Field.Name}\".");
            SetNull(container, index, nonNull);
            return;
        }

        if (value is IList written && TryWriteFlatList(context, type, written, container, index, nonNull))
        {
            return;
        }

        var list = Results.RentList();
        list.Attach(container, index, nonNull);
        container.SetValue(index, list);
        if (value is ICollection collection)
        {
            list.EnsureCapacity(collection.Count);
        }

        var elementType = type.ElementType;
        if (value is object?[] array)
        {
            // Arrays of any reference type (covariance): read directly, without the non-generic IList indexer.
            for (var i = 0; i < array.Length && !list.IsInvalidated; i++)
            {
                CompleteValue(context, elementType, array[i], list, list.AddSlot(), nonNull: false);
            }

            return;
        }

        if (value is IList indexed)
        {
            // Indexing avoids the enumerator allocation of the common array and List<T> cases.
            var count = indexed.Count;
            for (var i = 0; i < count && !list.IsInvalidated; i++)
            {
                CompleteValue(context, elementType, indexed[i], list, list.AddSlot(), nonNull: false);
            }

            return;
        }

        foreach (var item in items)
        {
            CompleteValue(context, elementType, item, list, list.AddSlot(), nonNull: false);
            if (list.IsInvalidated)
            {
                return;
            }
        }
    }

    private void CompleteLeaf(ResolverContext context, ILeafType type, object value, ResultData container, int index, bool nonNull)
    {
        object? serialized;
        string? failure = null;
        try
        {
            serialized = type.Serialize(value);
        }
        catch (LeafCoercionException exception)
        {
            serialized = null;
            failure = exception.Message;
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            serialized = null;
            failure = $"{type.Name} cannot represent value: {ValueInspector.Inspect(value)}";
        }

        if (serialized is null)
        {
            ReportFieldError(context, container, index, ErrorCodes.ValueNotSerializable, failure ?? $"{type.Name} cannot represent value: {ValueInspector.Inspect(value)}");
            SetNull(container, index, nonNull);
            return;
        }

        container.SetValue(index, serialized);
    }

    private void CompleteObject(ResolverContext context, ObjectType type, object value, ResultData container, int index, bool nonNull)
    {
        var result = Results.RentObject();
        result.Attach(container, index, nonNull);
        container.SetValue(index, result);
        EnqueueSelections(context.Selection.GetSelectionSet(type), result, value, context.ScopedContextData);
    }

    /// <summary>
    /// Puts null in a slot; when the slot is non-null, the null moves up to the nearest nullable slot (§6.4.4), and
    /// every object or list it passes is invalidated (work still queued for them is dropped).
    /// </summary>
    private static void SetNull(ResultData container, int index, bool nonNull)
    {
        var current = container;
        var slot = index;
        var slotNonNull = nonNull;
        while (slotNonNull)
        {
            if (current.IsInvalidated)
            {
                return;
            }

            current.IsInvalidated = true;
            if (current.Parent is null)
            {
                return;
            }

            slot = current.ParentIndex;
            slotNonNull = current.IsNonNullInParent;
            current = current.Parent;
        }

        current.SetValue(slot, null);
    }
}
