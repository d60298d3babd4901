using Meridian.Language;

namespace Meridian.Validation;

internal static class VariableDefinitions
{
    /// <summary>An operation's variable definitions by name; the first wins when a name repeats.</summary>
    public static Dictionary<string, VariableDefinitionNode> ByName(OperationDefinitionNode operation)
    {
        var byName = new Dictionary<string, VariableDefinitionNode>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            byName.TryAdd(definition.Variable.Name.Value, definition);
        }

        return byName;
    }
}
