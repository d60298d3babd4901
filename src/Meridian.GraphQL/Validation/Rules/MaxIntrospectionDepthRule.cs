using System.Runtime.CompilerServices;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Beyond the specification, as graphql-js: under <c>__schema</c> or <c>__type</c>, the list fields <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> may nest at most twice (through fragments too), so
/// that an introspection query cannot fan out over the schema again and again.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        // Depths at which a fragment was found within the limit, or beyond it.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        protected override VisitorAction Enter(FieldNode node, ValidationContext context)
        {
            if (node.Name.Value is not ("__schema" or "__type"))
            {
                return VisitorAction.Continue;
            }

            if (Exceeds(node, context, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError("Maximum introspection depth exceeded", ValidationErrorCodes.MaxIntrospectionDepthExceeded, specifiedBy: null, node);
            }

            return VisitorAction.Skip;
        }

        private bool Exceeds(ISelectionNode node, ValidationContext context, Dictionary<string, int> visited, int depth)
        {
            // A chain of fragments too long for the stack is treated as too deep rather than risked.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return true;
            }

            switch (node)
            {
                case FragmentSpreadNode spread:
                    return SpreadExceeds(spread.Name.Value, context, visited, depth);
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListDepth)
                    {
                        return true;
                    }

                    return field.SelectionSet is { } fieldSelections && AnyExceeds(fieldSelections, context, visited, depth);
                case InlineFragmentNode inline:
                    return AnyExceeds(inline.SelectionSet, context, visited, depth);
                default:
                    return false;
            }
        }

        private bool SpreadExceeds(string name, ValidationContext context, Dictionary<string, int> visited, int depth)
        {
            if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
                || context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (AnyExceeds(fragment.SelectionSet, context, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }

        private bool AnyExceeds(SelectionSetNode selectionSet, ValidationContext context, Dictionary<string, int> visited, int depth)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (Exceeds(selection, context, visited, depth))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
