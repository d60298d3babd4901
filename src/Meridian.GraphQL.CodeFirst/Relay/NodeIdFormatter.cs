using System.Collections;

namespace Meridian.CodeFirst;

/// <summary>Formats a resolved key (or list of keys) as opaque IDs of one node type.</summary>
internal sealed class NodeIdFormatter(NodeIdSerializer serializer, string typeName)
{
    public object? Format(object? value) => value switch
    {
        null => null,
        string or short or int or long or Guid or ushort or uint or ulong or byte => serializer.Format(typeName, value),
        IEnumerable items => FormatAll(items),
        _ => serializer.Format(typeName, value),
    };

    private List<object?> FormatAll(IEnumerable items)
    {
        var formatted = new List<object?>();
        foreach (var item in items)
        {
            formatted.Add(Format(item));
        }

        return formatted;
    }
}
