using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// Field collection (§6.3.2 CollectFields) compiled once per selection set and object type: fragments expanded,
/// fields merged by response name in first-seen order, @skip/@include with literal arguments decided, the ones with
/// variables kept as <see cref="IncludeCondition"/>s. Fragment spreads are expanded without recursion, and a spread
/// of a fragment that is already being expanded is ignored, so cyclic or deeply chained fragments cannot exhaust
/// the stack even in a document that was not validated.
/// </summary>
internal sealed class OperationPlanner
{
    private readonly Schema _schema;
    private readonly MetaFields _metaFields;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private int _nextId;

    private OperationPlanner(Schema schema, MetaFields metaFields, DocumentNode document)
    {
        _schema = schema;
        _metaFields = metaFields;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>The number of selections planned so far (sizes per-request caches indexed by <see cref="Selection.Id"/>).</summary>
    public int SelectionCount => Volatile.Read(ref _nextId);

    public static OperationPlan Plan(Schema schema, MetaFields metaFields, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        var planner = new OperationPlanner(schema, metaFields, document);
        var collected = new FieldCollector(planner, rootType);
        collected.Collect(operation.SelectionSet, null);
        return new OperationPlan(document, operation, rootType, planner.Build(rootType, collected), planner);
    }

    public SelectionSetPlan PlanSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes, IncludeCondition?[] nodeConditions)
    {
        var collector = new FieldCollector(this, objectType);
        for (var i = 0; i < fieldNodes.Count; i++)
        {
            if (fieldNodes[i].SelectionSet is { } selectionSet)
            {
                collector.Collect(selectionSet, nodeConditions[i]);
            }
        }

        return Build(objectType, collector);
    }

    private SelectionSetPlan Build(ObjectType objectType, FieldCollector collected)
    {
        var selections = new List<Selection>(collected.Groups.Count);
        foreach (var group in collected.Groups)
        {
            var fieldName = group.Nodes[0].Name.Value;
            var field = _metaFields.Find(_schema, objectType, fieldName)
                ?? (objectType.Fields.TryGetField(fieldName, out var declared) ? declared : null);
            if (field is null)
            {
                // Unknown fields are a validation error; an unvalidated document simply does not select them.
                continue;
            }

            var conditions = group.Conditions;
            var alwaysIncluded = conditions.Contains(null);
            var sameCondition = true;
            for (var i = 1; i < conditions.Count && sameCondition; i++)
            {
                sameCondition = Equals(conditions[i], conditions[0]);
            }

            // Sub-selections inherit the condition of the node they come from, unless all nodes share one (then the
            // parent's own condition already decides).
            var nodeConditions = sameCondition ? new IncludeCondition?[conditions.Count] : conditions.ToArray();
            var kind = ReferenceEquals(field, _metaFields.TypeName)
                ? SelectionKind.TypeName
                : field.PureResolver is not null ? SelectionKind.Pure : SelectionKind.Pipeline;
            var staticArguments = field.Arguments.Count == 0
                ? []
                : ArgumentCoercer.IsStatic(group.Nodes[0]) ? ArgumentCoercer.Coerce(field, group.Nodes[0], null) : null;

            selections.Add(new Selection(
                Interlocked.Increment(ref _nextId) - 1,
                this,
                objectType,
                field,
                group.Nodes.ToArray(),
                nodeConditions,
                alwaysIncluded ? null : conditions.Distinct().ToArray(),
                kind,
                staticArguments));
        }

        return new SelectionSetPlan(objectType, [.. selections]);
    }

    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        return _schema.TryGetType(typeCondition.Name.Value, out var conditionType)
            && _schema.IsPossibleType(conditionType, objectType);
    }

    /// <summary>Evaluates @skip/@include: false when a literal excludes the node, else the condition with variable terms added.</summary>
    private static bool TryApplyDirectives(IReadOnlyList<DirectiveNode> directives, IncludeCondition? inherited, out IncludeCondition? condition)
    {
        condition = inherited;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            var isSkip = name == "skip";
            if (!isSkip && name != "include")
            {
                continue;
            }

            var argument = directive.Arguments.Count > 0 ? directive.Arguments[0].Value : null;
            switch (argument)
            {
                case BooleanValueNode literal when literal.Value == isSkip:
                    return false;
                case BooleanValueNode:
                    break;
                case VariableNode variable:
                    condition = IncludeCondition.And(condition, variable.Name.Value, expected: !isSkip);
                    break;
            }
        }

        return true;
    }

    private sealed class FieldGroup(FieldNode first, IncludeCondition? condition)
    {
        public List<FieldNode> Nodes { get; } = [first];

        public List<IncludeCondition?> Conditions { get; } = [condition];

        public void Add(FieldNode node, IncludeCondition? condition)
        {
            for (var i = 0; i < Nodes.Count; i++)
            {
                if (ReferenceEquals(Nodes[i], node) && Equals(Conditions[i], condition))
                {
                    return;
                }
            }

            Nodes.Add(node);
            Conditions.Add(condition);
        }
    }

    /// <summary>Collects the fields of selection sets for one object type, expanding fragments with an explicit stack.</summary>
    private sealed class FieldCollector(OperationPlanner planner, ObjectType objectType)
    {
        private readonly Dictionary<string, FieldGroup> _byResponseName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

        public List<FieldGroup> Groups { get; } = [];

        public void Collect(SelectionSetNode selectionSet, IncludeCondition? inherited)
        {
            var stack = new Stack<Frame>();
            stack.Push(new Frame(selectionSet, inherited, null));
            while (stack.Count > 0)
            {
                var frame = stack.Pop();
                if (frame.Index >= frame.SelectionSet.Selections.Count)
                {
                    if (frame.Fragment is not null)
                    {
                        _expanding.Remove(frame.Fragment);
                    }

                    continue;
                }

                var selection = frame.SelectionSet.Selections[frame.Index];
                stack.Push(frame with { Index = frame.Index + 1 });
                switch (selection)
                {
                    case FieldNode field when TryApplyDirectives(field.Directives, frame.Condition, out var condition):
                        AddField(field, condition);
                        break;
                    case InlineFragmentNode inline when planner.DoesFragmentTypeApply(objectType, inline.TypeCondition)
                        && TryApplyDirectives(inline.Directives, frame.Condition, out var condition):
                        stack.Push(new Frame(inline.SelectionSet, condition, null));
                        break;
                    case FragmentSpreadNode spread when TryApplyDirectives(spread.Directives, frame.Condition, out var condition)
                        && planner._fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && planner.DoesFragmentTypeApply(objectType, fragment.TypeCondition)
                        && _expanding.Add(fragment.Name.Value):
                        stack.Push(new Frame(fragment.SelectionSet, condition, fragment.Name.Value));
                        break;
                }
            }
        }

        private void AddField(FieldNode field, IncludeCondition? condition)
        {
            var responseName = field.ResponseName;
            if (_byResponseName.TryGetValue(responseName, out var group))
            {
                group.Add(field, condition);
                return;
            }

            group = new FieldGroup(field, condition);
            _byResponseName.Add(responseName, group);
            Groups.Add(group);
        }

        private readonly record struct Frame(SelectionSetNode SelectionSet, IncludeCondition? Condition, string? Fragment)
        {
            public int Index { get; init; }
        }
    }
}
