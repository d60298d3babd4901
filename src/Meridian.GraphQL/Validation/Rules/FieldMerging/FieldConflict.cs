using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Two sets of fields that share a response name but cannot be merged: why (a message, or the conflicts of their
/// subfields), and the field nodes on each side.
/// </summary>
internal sealed class FieldConflict(string responseName, string? message, IReadOnlyList<FieldConflict>? subConflicts, List<FieldNode> fields1, List<FieldNode> fields2)
{
    public string ResponseName { get; } = responseName;

    public List<FieldNode> Fields1 { get; } = fields1;

    public List<FieldNode> Fields2 { get; } = fields2;

    /// <summary>graphql-js's reason text: the message, or "subfields "x" conflict because …" joined with " and ".</summary>
    public string Reason
    {
        get
        {
            if (subConflicts is null)
            {
                return message!;
            }

            var parts = new string[subConflicts.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = $"subfields \"{subConflicts[i].ResponseName}\" conflict because {subConflicts[i].Reason}";
            }

            return string.Join(" and ", parts);
        }
    }
}
