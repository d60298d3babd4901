using System.Text.Json;

namespace Meridian.Execution;

/// <summary>
/// A flat selection set, one whose every field is <c>__typename</c>, a leaf the default resolver reads, or an object
/// the default resolver reads with a flat selection set of its own (no resolver, no middleware, no arguments, no
/// @skip/@include condition): its objects can be written as JSON while executing, without result nodes. The constant
/// JSON between the values (braces, commas, response names, the type name) is encoded once here.
/// </summary>
internal sealed class FlatObjectLayout
{
    private FlatObjectLayout(int[] values, FlatObjectFieldWriter?[] objects, byte[][] segments)
    {
        Values = values;
        Objects = objects;
        Segments = segments;
    }

    /// <summary>The indexes in the plan's selections of the fields written between the segments, in selection order.</summary>
    public int[] Values { get; }

    /// <summary>For each value, the writer of a nested flat object; null for a leaf (read by its parent's type's reader).</summary>
    public FlatObjectFieldWriter?[] Objects { get; }

    /// <summary>
    /// The JSON before the first value (opening the object), then after each value (the last one closes the object):
    /// one more than there are values.
    /// </summary>
    public byte[][] Segments { get; }

    /// <summary>The layout of the plan's objects, at <paramref name="depth"/> in nested flat objects; null when they are not flat.</summary>
    public static FlatObjectLayout? TryCreate(SelectionSetPlan plan, int depth)
    {
        if (plan.HasConditions || plan.Selections.Length == 0)
        {
            return null;
        }

        var values = new List<int>();
        var objects = new List<FlatObjectFieldWriter?>();
        var segments = new List<byte[]>();
        var segment = new List<byte> { (byte)'{' };
        for (var i = 0; i < plan.Selections.Length; i++)
        {
            var selection = plan.Selections[i];
            if (i > 0)
            {
                segment.Add((byte)',');
            }

            segment.AddRange(selection.JsonPropertyName);
            if (selection.Kind == SelectionKind.TypeName)
            {
                segment.Add((byte)'"');
                segment.AddRange(JsonEncodedText.Encode(plan.ObjectType.Name, JsonResultFormatter.WriterOptions.Encoder).EncodedUtf8Bytes);
                segment.Add((byte)'"');
                continue;
            }

            var nested = selection.EagerLeaf is null ? FlatObjectFieldWriter.TryCreate(selection, depth + 1) : null;
            if (selection.EagerLeaf is null && nested is null)
            {
                return null;
            }

            values.Add(i);
            objects.Add(nested);
            segments.Add([.. segment]);
            segment.Clear();
        }

        segment.Add((byte)'}');
        segments.Add([.. segment]);
        return new FlatObjectLayout([.. values], [.. objects], [.. segments]);
    }
}
