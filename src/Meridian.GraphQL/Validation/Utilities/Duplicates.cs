using Meridian.Language;

namespace Meridian.Validation;

/// <summary>Finds names given more than once in a list of nodes, keeping document order.</summary>
internal static class Duplicates
{
    /// <summary>For each name that occurs more than once, all its name nodes, groups in order of first occurrence.</summary>
    public static List<List<NameNode>> GroupByName<T>(IReadOnlyList<T> nodes, Func<T, NameNode> nameOf)
    {
        var groups = new List<List<NameNode>>();
        var byName = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        var order = new List<List<NameNode>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var name = nameOf(nodes[i]);
            if (!byName.TryGetValue(name.Value, out var group))
            {
                group = [];
                byName.Add(name.Value, group);
                order.Add(group);
            }

            group.Add(name);
        }

        foreach (var group in order)
        {
            if (group.Count > 1)
            {
                groups.Add(group);
            }
        }

        return groups;
    }
}
