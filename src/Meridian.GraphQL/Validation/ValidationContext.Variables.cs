using Meridian.Language;

namespace Meridian.Validation;

// Variable usages, recorded by the shared walk with their expected types (graphql-js computes them with a walk of
// their own per definition). They are complete once every definition has been walked: use them when leaving the
// document.
public sealed partial class ValidationContext
{
    private static readonly VariableUsage[] NoUsages = [];

    private readonly Dictionary<IExecutableDefinitionNode, List<VariableUsage>> _usagesByDefinition = [];
    private readonly Dictionary<OperationDefinitionNode, VariableUsage[]> _recursiveUsages = [];
    private IExecutableDefinitionNode? _currentDefinition;
    private int _variableDefinitionDepth;

    /// <summary>The variables used in one operation or fragment definition (not through its spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return _usagesByDefinition.TryGetValue(definition, out var usages) ? usages : NoUsages;
    }

    /// <summary>The variables an operation uses itself and through every fragment it references, transitively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        var result = usages.Count == 0 ? NoUsages : usages.ToArray();
        _recursiveUsages[operation] = result;
        return result;
    }

    private void TrackVariables(ISyntaxNode node, bool entering)
    {
        switch (node.Kind)
        {
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.FragmentDefinition:
                _currentDefinition = entering ? (IExecutableDefinitionNode)node : null;
                break;
            case SyntaxKind.VariableDefinition:
                _variableDefinitionDepth += entering ? 1 : -1;
                break;
            case SyntaxKind.Variable when entering && _variableDefinitionDepth == 0 && _currentDefinition is not null:
                if (!_usagesByDefinition.TryGetValue(_currentDefinition, out var usages))
                {
                    usages = [];
                    _usagesByDefinition[_currentDefinition] = usages;
                }

                usages.Add(new VariableUsage((VariableNode)node, InputType, DefaultValue, ParentInputType));
                break;
        }
    }
}
