using System.Text.Json;
using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// A planned field selection: the field nodes merged under one response name for one object type (§6.3.2
/// CollectFields), with what the executor needs precomputed: the resolver kind, the include conditions, the
/// literal arguments coerced, the response name encoded for JSON. The sub-selections are planned per object type on
/// first use and kept, so a plan is shared by every request for the same document and operation.
/// </summary>
public sealed class Selection : ISelection
{
    private readonly OperationPlanner _planner;
    private readonly IncludeCondition?[] _nodeConditions;
    private readonly object _sync = new();
    private SelectionSetPlan? _objectSelections;
    private Dictionary<ObjectType, SelectionSetPlan>? _abstractSelections;

    internal Selection(
        int id,
        OperationPlanner planner,
        ObjectType declaringType,
        OutputField field,
        IReadOnlyList<FieldNode> syntaxNodes,
        IncludeCondition?[] nodeConditions,
        IncludeCondition?[]? conditions,
        SelectionKind kind,
        ArgumentValue[]? staticArguments)
    {
        Id = id;
        _planner = planner;
        DeclaringType = declaringType;
        Field = field;
        SyntaxNodes = syntaxNodes;
        _nodeConditions = nodeConditions;
        Conditions = conditions;
        Kind = kind;
        StaticArguments = staticArguments;
        ResponseName = syntaxNodes[0].ResponseName;
        JsonPropertyName = [(byte)'"', .. JsonEncodedText.Encode(ResponseName, JsonResultFormatter.WriterOptions.Encoder).EncodedUtf8Bytes, (byte)'"', (byte)':'];
        IsNonNull = field.Type.Kind == TypeKind.NonNull;
        SelectionSet = MergeSelectionSets(syntaxNodes);
        EagerLeaf = kind == SelectionKind.Pure && staticArguments is { Length: 0 } ? field.LeafCompleter : null;
        Locations = CollectLocations(syntaxNodes);
    }

    /// <summary>The selection's number, unique within its operation plan.</summary>
    internal int Id { get; }

    public string ResponseName { get; }

    /// <summary>The response name as the JSON writer writes it before the value: <c>"name":</c>.</summary>
    internal byte[] JsonPropertyName { get; }

    public ObjectType DeclaringType { get; }

    public OutputField Field { get; }

    public IType Type => Field.Type;

    public FieldNode SyntaxNode => SyntaxNodes[0];

    public IReadOnlyList<FieldNode> SyntaxNodes { get; }

    public SelectionSetNode? SelectionSet { get; }

    internal SelectionKind Kind { get; }

    internal bool IsNonNull { get; }

    /// <summary>The locations of the merged field nodes, for errors.</summary>
    internal IReadOnlyList<Location>? Locations { get; }

    /// <summary>
    /// For a leaf without arguments that the default resolver reads: completed as soon as its object is, instead of
    /// being queued (see <see cref="OperationContext"/>'s <c>EnqueueSelections</c>).
    /// </summary>
    internal LeafFieldCompleter? EagerLeaf { get; }

    /// <summary>Alternatives under which the selection is included; null when it always is.</summary>
    internal IncludeCondition?[]? Conditions { get; }

    /// <summary>The arguments coerced when planning; null when they depend on variables.</summary>
    internal ArgumentValue[]? StaticArguments { get; }

    internal bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (Conditions is null)
        {
            return true;
        }

        foreach (var condition in Conditions)
        {
            if (condition is null || condition.IsTrue(variables))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The planned sub-selections for a concrete object type (CollectSubfields), planned once.</summary>
    internal SelectionSetPlan GetSelectionSet(ObjectType objectType)
    {
        var planned = Volatile.Read(ref _objectSelections);
        if (planned is not null && ReferenceEquals(planned.ObjectType, objectType))
        {
            return planned;
        }

        lock (_sync)
        {
            if (_objectSelections is null)
            {
                _objectSelections = _planner.PlanSubfields(objectType, SyntaxNodes, _nodeConditions);
                return _objectSelections;
            }

            if (ReferenceEquals(_objectSelections.ObjectType, objectType))
            {
                return _objectSelections;
            }

            _abstractSelections ??= [];
            if (!_abstractSelections.TryGetValue(objectType, out planned))
            {
                planned = _planner.PlanSubfields(objectType, SyntaxNodes, _nodeConditions);
                _abstractSelections.Add(objectType, planned);
            }

            return planned;
        }
    }

    public override string ToString() => $"{DeclaringType.Name}.{Field.Name} as {ResponseName}";

    private static SelectionSetNode? MergeSelectionSets(IReadOnlyList<FieldNode> nodes)
    {
        if (nodes.Count == 1)
        {
            return nodes[0].SelectionSet;
        }

        List<ISelectionNode>? merged = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                (merged ??= []).AddRange(node.SelectionSet.Selections);
            }
        }

        return merged is null ? null : new SelectionSetNode(nodes[0].SelectionSet?.Location, merged);
    }

    private static Location[]? CollectLocations(IReadOnlyList<FieldNode> nodes)
    {
        List<Location>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is not null)
            {
                (locations ??= []).Add(node.Location);
            }
        }

        return locations?.ToArray();
    }
}
