using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Recognises identical field selections: the same parent type and the same syntax (name, alias, arguments,
/// directives, sub-selections), with a structural hash computed once per node so that unequal fields rarely need a
/// full comparison. Merging checks skip pairs of identical fields: they agree on everything the checks compare.
/// </summary>
internal sealed class FieldIdentity
{
    private readonly Dictionary<FieldNode, int> _hashes = new(ReferenceEqualityComparer.Instance);

    public bool AreIdentical(in FieldAndDefinition a, in FieldAndDefinition b) =>
        ReferenceEquals(a.Node, b.Node)
        || (ReferenceEquals(a.ParentType, b.ParentType)
            && HashOf(a.Node) == HashOf(b.Node)
            && SyntaxComparer.Instance.Equals(a.Node, b.Node));

    // For fields already known to hash alike.
    private static bool AreIdenticalWithSameHash(in FieldAndDefinition a, in FieldAndDefinition b) =>
        ReferenceEquals(a.Node, b.Node)
        || (ReferenceEquals(a.ParentType, b.ParentType) && SyntaxComparer.Instance.Equals(a.Node, b.Node));

    /// <summary>The fields without repeats: each field that is identical to an earlier one is left out.</summary>
    public FieldGroup RemoveIdentical(FieldGroup fields)
    {
        var distinct = new FieldGroup(fields[0]);
        var byHash = new Dictionary<int, List<int>> { [HashOf(fields[0].Node)] = [0] };
        for (var i = 1; i < fields.Count; i++)
        {
            var field = fields[i];
            var hash = HashOf(field.Node);
            if (byHash.TryGetValue(hash, out var candidates))
            {
                var repeated = false;
                foreach (var index in candidates)
                {
                    if (AreIdenticalWithSameHash(distinct[index], field))
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

    // Fields with sub-selections are hashed once (their own selection sets hash them again as groups); leaf fields
    // are cheaper to hash again than to look up.
    private int HashOf(FieldNode field)
    {
        if (field.SelectionSet is null)
        {
            return ComputeHash(field);
        }

        if (!_hashes.TryGetValue(field, out var hash))
        {
            hash = ComputeHash(field);
            _hashes[field] = hash;
        }

        return hash;
    }

    private int ComputeHash(FieldNode field)
    {
        var hash = new HashCode();
        hash.Add(field.Alias?.Value);
        hash.Add(field.Name.Value);
        AddArguments(ref hash, field.Arguments);
        AddDirectives(ref hash, field.Directives);
        if (field.SelectionSet is { } selectionSet)
        {
            AddSelections(ref hash, selectionSet);
        }

        return hash.ToHashCode();
    }

    private void AddSelections(ref HashCode hash, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    hash.Add(HashOf(field));
                    break;
                case FragmentSpreadNode spread:
                    hash.Add(spread.Name.Value);
                    AddDirectives(ref hash, spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    hash.Add(inline.TypeCondition?.Name.Value);
                    AddDirectives(ref hash, inline.Directives);
                    AddSelections(ref hash, inline.SelectionSet);
                    break;
            }
        }
    }

    private static void AddDirectives(ref HashCode hash, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            hash.Add(directive.Name.Value);
            AddArguments(ref hash, directive.Arguments);
        }
    }

    private static void AddArguments(ref HashCode hash, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            hash.Add(argument.Name.Value);
            AddValue(ref hash, argument.Value);
        }
    }

    private static void AddValue(ref HashCode hash, IValueNode value)
    {
        hash.Add(value.Kind);
        switch (value)
        {
            case VariableNode variable:
                hash.Add(variable.Name.Value);
                break;
            case IntValueNode number:
                hash.Add(number.Value);
                break;
            case FloatValueNode number:
                hash.Add(number.Value);
                break;
            case StringValueNode text:
                hash.Add(text.Value);
                break;
            case BooleanValueNode boolean:
                hash.Add(boolean.Value);
                break;
            case EnumValueNode enumValue:
                hash.Add(enumValue.Value);
                break;
            case ListValueNode list:
                foreach (var item in list.Items)
                {
                    AddValue(ref hash, item);
                }

                break;
            case ObjectValueNode objectValue:
                foreach (var field in objectValue.Fields)
                {
                    hash.Add(field.Name.Value);
                    AddValue(ref hash, field.Value);
                }

                break;
        }
    }
}
