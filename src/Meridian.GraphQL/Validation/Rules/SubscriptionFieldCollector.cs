using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

/// <summary>
/// §5.2.4.1 CollectSubscriptionFields: the root fields of a subscription by response name, through inline fragments
/// and fragment spreads whose type condition applies, and the <c>@skip</c>/<c>@include</c> directives met on the way.
/// Walks with an explicit stack, so long fragment chains cannot exhaust the call stack.
/// </summary>
internal static class SubscriptionFieldCollector
{
    public static Result Collect(ValidationContext context, ObjectType subscriptionType, SelectionSetNode selectionSet)
    {
        var result = new Result();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(SelectionSetNode Set, int Next)>();
        pending.Push((selectionSet, 0));
        while (pending.TryPop(out var frame))
        {
            var selections = frame.Set.Selections;
            for (var i = frame.Next; i < selections.Count; i++)
            {
                var selection = selections[i];
                CollectConditionalDirectives(selection, result.ConditionalDirectives);
                var nested = selection switch
                {
                    FieldNode field => Add(result, field),
                    FragmentSpreadNode spread => Spread(context, subscriptionType, spread, visitedFragments),
                    InlineFragmentNode inline when Applies(context, subscriptionType, inline.TypeCondition) => inline.SelectionSet,
                    _ => null,
                };

                if (nested is not null)
                {
                    pending.Push((frame.Set, i + 1));
                    pending.Push((nested, 0));
                    break;
                }
            }
        }

        return result;
    }

    private static SelectionSetNode? Add(Result result, FieldNode field)
    {
        var responseName = field.ResponseName;
        if (!result.FieldsByResponseName.TryGetValue(responseName, out var fields))
        {
            fields = [];
            result.FieldsByResponseName.Add(responseName, fields);
        }

        fields.Add(field);
        return null;
    }

    private static SelectionSetNode? Spread(
        ValidationContext context,
        ObjectType subscriptionType,
        FragmentSpreadNode spread,
        HashSet<string> visitedFragments)
    {
        if (!visitedFragments.Add(spread.Name.Value) || context.GetFragment(spread.Name.Value) is not { } fragment)
        {
            return null;
        }

        return Applies(context, subscriptionType, fragment.TypeCondition) ? fragment.SelectionSet : null;
    }

    private static bool Applies(ValidationContext context, ObjectType objectType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        return context.Schema.TryGetType(typeCondition.Name.Value, out var conditionType)
            && (ReferenceEquals(conditionType, objectType) || context.Schema.IsPossibleType(conditionType, objectType));
    }

    private static void CollectConditionalDirectives(ISelectionNode selection, List<ISyntaxNode> directives)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value is "skip" or "include")
            {
                directives.Add(directive);
            }
        }
    }

    public sealed class Result
    {
        public OrderedDictionary<string, List<FieldNode>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

        public List<ISyntaxNode> ConditionalDirectives { get; } = [];
    }
}
