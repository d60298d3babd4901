using Meridian.Language;

namespace Meridian.Validation;

// The document's operations and fragments, and the fragment relations that several rules need, computed once.
// Traversals use explicit stacks: long fragment chains cannot exhaust the call stack.
public sealed partial class ValidationContext
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragmentsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, FragmentSpreadNode[]> _spreadsBySelectionSet = [];
    private readonly Dictionary<OperationDefinitionNode, FragmentDefinitionNode[]> _referencedFragments = [];

    /// <summary>The operation definitions of the document, in document order.</summary>
    public IReadOnlyList<OperationDefinitionNode> Operations => _operations;

    /// <summary>The fragment definitions of the document, in document order (duplicates included).</summary>
    public IReadOnlyList<FragmentDefinitionNode> Fragments => _fragments;

    /// <summary>The first fragment definition of that name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) =>
        _fragmentsByName.GetValueOrDefault(name);

    /// <summary>
    /// The fragment spreads anywhere under <paramref name="selectionSet"/> (inside fields and inline fragments, not
    /// inside the spread fragments), in document order.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var ordered = CollectSpreadsInOrder(selectionSet);
        _spreadsBySelectionSet[selectionSet] = ordered;
        return ordered;
    }

    /// <summary>
    /// The fragments an operation spreads, directly or through other fragments, each once, in the order they are
    /// first reached. Undefined fragments are left out.
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<SelectionSetNode>();
        pending.Enqueue(operation.SelectionSet);
        while (pending.TryDequeue(out var selectionSet))
        {
            foreach (var spread in GetFragmentSpreads(selectionSet))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Enqueue(fragment.SelectionSet);
                }
            }
        }

        var result = fragments.ToArray();
        _referencedFragments[operation] = result;
        return result;
    }

    private static FragmentSpreadNode[] CollectSpreadsInOrder(SelectionSetNode root)
    {
        List<FragmentSpreadNode>? spreads = null;
        var pending = new Stack<(SelectionSetNode Set, int Next)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var frame))
        {
            var selections = frame.Set.Selections;
            for (var i = frame.Next; i < selections.Count; i++)
            {
                var nested = selections[i] switch
                {
                    FieldNode field => field.SelectionSet,
                    InlineFragmentNode inline => inline.SelectionSet,
                    _ => null,
                };

                if (selections[i] is FragmentSpreadNode spread)
                {
                    (spreads ??= []).Add(spread);
                }
                else if (nested is not null)
                {
                    // Resume this set after the nested one, so that spreads come out in document order.
                    pending.Push((frame.Set, i + 1));
                    pending.Push((nested, 0));
                    break;
                }
            }
        }

        return spreads is null ? [] : [.. spreads];
    }

    private void IndexDefinitions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    _fragmentsByName.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }
    }
}
