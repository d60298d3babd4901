using Meridian.Language;
using Meridian.Types;

namespace Meridian.Execution;

/// <summary>
/// A field selection as planned for one object type: the merged field nodes that share a response name, with the
/// field definition they select. The executor's plan implements it; projections read it.
/// </summary>
public interface ISelection
{
    /// <summary>The alias, or the field name when there is no alias.</summary>
    string ResponseName { get; }

    /// <summary>The object type the selection is planned for.</summary>
    ObjectType DeclaringType { get; }

    OutputField Field { get; }

    /// <summary>The field's type.</summary>
    IType Type { get; }

    /// <summary>The first field node of the merged selection.</summary>
    FieldNode SyntaxNode { get; }

    /// <summary>All field nodes merged into this selection, in document order.</summary>
    IReadOnlyList<FieldNode> SyntaxNodes { get; }

    /// <summary>The merged sub-selections, or null for leaf fields.</summary>
    SelectionSetNode? SelectionSet { get; }
}
