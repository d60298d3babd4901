using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// A field of a flat object whose value is itself a flat object: an object type read by the default resolver (no
/// resolver, no middleware, no arguments) with a flat selection set, written inside its parent.
/// </summary>
internal sealed class FlatObjectFieldWriter : FlatValueWriter
{
    // Deeper objects are completed the general way, which needs no recursion: writing and planning here do.
    private const int MaxDepth = 8;

    private readonly DefaultFieldResolver _resolver;
    private readonly SelectionSetPlan _plan;
    private readonly FlatObjectLayout _layout;
    private readonly bool _nullable;

    private FlatObjectFieldWriter(DefaultFieldResolver resolver, SelectionSetPlan plan, FlatObjectLayout layout, bool nullable)
    {
        _resolver = resolver;
        _plan = plan;
        _layout = layout;
        _nullable = nullable;
    }

    /// <summary>The writer of the selection's objects, at <paramref name="depth"/>; null when the selection is not such a field.</summary>
    public static FlatObjectFieldWriter? TryCreate(Selection selection, int depth)
    {
        // A field's pure resolver is the default resolver's method only when it has no resolver and no middleware.
        if (depth > MaxDepth || selection.Kind != SelectionKind.Pure || selection.StaticArguments is not { Length: 0 }
            || selection.Field.PureResolver?.Target is not DefaultFieldResolver resolver)
        {
            return null;
        }

        var nullable = selection.Type is not NonNullType;
        if ((nullable ? selection.Type : ((NonNullType)selection.Type).NullableType) is not ObjectType objectType)
        {
            return null;
        }

        var plan = selection.GetSelectionSet(objectType);
        return plan.GetFlatLayout(depth) is { } layout ? new FlatObjectFieldWriter(resolver, plan, layout, nullable) : null;
    }

    public override bool TryWrite(object parent, ref ResultJsonWriter writer)
    {
        if (_resolver.Read(parent) is { } value)
        {
            return FlatJsonWriter.TryWriteObject(value, _plan, _layout, ref writer);
        }

        if (_nullable)
        {
            writer.WriteNull();
        }

        return _nullable;
    }
}
