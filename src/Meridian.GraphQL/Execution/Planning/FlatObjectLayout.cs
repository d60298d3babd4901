using System.Text.Json;

namespace Meridian.Execution;

/// <summary>
/// A flat selection set, one whose every field is <c>__typename</c> or a leaf the default resolver reads (no
/// resolver, no middleware, no arguments, no @skip/@include condition): its objects can be written as JSON while
/// executing, without result nodes. The constant JSON between the leaves (braces, commas, response names, the type
/// name) is encoded once here.
/// </summary>
internal sealed class FlatObjectLayout
{
    private FlatObjectLayout(int[] leaves, byte[][] segments)
    {
        Leaves = leaves;
        Segments = segments;
    }

    /// <summary>The indexes in the plan's selections of the leaves, in selection order.</summary>
    public int[] Leaves { get; }

    /// <summary>
    /// The JSON before the first leaf (opening the object), then after each leaf (the last one closes the object):
    /// one more than there are leaves.
    /// </summary>
    public byte[][] Segments { get; }

    public static FlatObjectLayout? TryCreate(SelectionSetPlan plan)
    {
        if (plan.HasConditions || plan.Selections.Length == 0)
        {
            return null;
        }

        var leaves = new List<int>();
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
            }
            else if (selection.EagerLeaf is not null)
            {
                leaves.Add(i);
                segments.Add([.. segment]);
                segment.Clear();
            }
            else
            {
                return null;
            }
        }

        segment.Add((byte)'}');
        segments.Add([.. segment]);
        return new FlatObjectLayout([.. leaves], [.. segments]);
    }
}
