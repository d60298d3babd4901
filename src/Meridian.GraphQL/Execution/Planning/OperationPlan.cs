using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// The compiled form of one operation of a document: its root selections planned for the root type, the nested
/// selections planned on first use. Plans are immutable once built (nested plans are added under a lock) and cached
/// by document hash and operation name, so every request for the same operation shares one.
/// </summary>
public sealed class OperationPlan
{
    internal OperationPlan(DocumentNode document, OperationDefinitionNode operation, ObjectType rootType, SelectionSetPlan rootSelections, OperationPlanner planner)
    {
        Document = document;
        Operation = operation;
        RootType = rootType;
        RootSelections = rootSelections;
        Planner = planner;
    }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public OperationType OperationType => Operation.Operation;

    public string? Name => Operation.Name?.Value;

    public ObjectType RootType { get; }

    /// <summary>The root selections (with @skip/@include still to apply for a request's variables).</summary>
    public IReadOnlyList<ISelection> Selections => RootSelections.Selections;

    internal SelectionSetPlan RootSelections { get; }

    internal OperationPlanner Planner { get; }
}
