using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Recognises identical field selections: the same parent type and the same syntax (name, alias, arguments,
/// directives, sub-selections), with a structural hash computed once per node so that unequal fields rarely need a
/// full comparison. Merging checks skip pairs of identical fields: they agree on everything the checks compare.
/// </summary>
internal sealed class FieldIdentity
{
    private readonly Dictionary<ISyntaxNode, int> _hashes = new(ReferenceEqualityComparer.Instance);

    public bool AreIdentical(in FieldAndDefinition a, in FieldAndDefinition b) =>
        ReferenceEquals(a.Node, b.Node)
        || (ReferenceEquals(a.ParentType, b.ParentType)
            && HashOf(a.Node) == HashOf(b.Node)
            && SyntaxComparer.Instance.Equals(a.Node, b.Node));

    /// <summary>The fields without repeats: each field that is identical to an earlier one is left out.</summary>
    public List<FieldAndDefinition> RemoveIdentical(List<FieldAndDefinition> fields)
    {
        var distinct = new List<FieldAndDefinition>();
        var byHash = new Dictionary<int, List<int>>();
        foreach (var field in fields)
        {
            var hash = HashOf(field.Node);
            if (byHash.TryGetValue(hash, out var candidates))
            {
                var repeated = false;
                foreach (var index in candidates)
                {
                    if (AreIdentical(distinct[index], field))
                    {
                        repeated = true;
                        break;
                    }
                }

                if (repeated)
                {
                    continue;
                }

                candidates.Add(distinct.Count);
            }
            else
            {
                byHash[hash] = [distinct.Count];
            }

            distinct.Add(field);
        }

        return distinct;
    }

    private int HashOf(ISyntaxNode node)
    {
        if (_hashes.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var hash = new HashCode();
        hash.Add(node.Kind);
        switch (node)
        {
            case NameNode name:
                hash.Add(name.Value, StringComparer.Ordinal);
                break;
            case VariableNode variable:
                hash.Add(variable.Name.Value, StringComparer.Ordinal);
                break;
            case IntValueNode value:
                hash.Add(value.Value, StringComparer.Ordinal);
                break;
            case FloatValueNode value:
                hash.Add(value.Value, StringComparer.Ordinal);
                break;
            case StringValueNode value:
                hash.Add(value.Value, StringComparer.Ordinal);
                break;
            case BooleanValueNode value:
                hash.Add(value.Value);
                break;
            case EnumValueNode value:
                hash.Add(value.Value, StringComparer.Ordinal);
                break;
            default:
                foreach (var child in node.GetNodes())
                {
                    hash.Add(HashOf(child));
                }

                break;
        }

        var result = hash.ToHashCode();
        _hashes[node] = result;
        return result;
    }
}
