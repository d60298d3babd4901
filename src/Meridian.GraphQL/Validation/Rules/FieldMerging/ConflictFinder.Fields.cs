using Meridian.Language;
using Meridian.Types;

namespace Meridian.Validation;

// Comparing two fields, and collecting the fields of a selection set.
internal sealed partial class ConflictFinder
{
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, in FieldAndDefinition field1, in FieldAndDefinition field2)
    {
        if (!CanCompare())
        {
            return null;
        }

        var node1 = field1.Node;
        var node2 = field2.Node;

        // Fields on two different object types can never apply to the same object, so they may differ in name and
        // arguments. Interfaces and unions might overlap (now or as the schema evolves), so they may not.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType);

        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return FieldConflict.Because(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!ArgumentComparison.SameArguments(node1, node2))
            {
                return FieldConflict.Because(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return FieldConflict.Because(responseName, $"they return conflicting types \"{type1.Print()}\" and \"{type2.Print()}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindBetweenSubSelections(
                mutuallyExclusive,
                type1?.NamedType(),
                selectionSet1,
                type2?.NamedType(),
                selectionSet2);
            if (subConflicts.Count > 0)
            {
                return FieldConflict.OfSubfields(responseName, subConflicts, node1, node2);
            }
        }

        return null;
    }

    // Lists and non-null wrappers must match, and leaves must be the same type; composite types are compared
    // through their sub-selections instead.
    private static bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.ElementType;
                type2 = list2.ElementType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.NullableType;
                type2 = nonNull2.NullableType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
        }
    }

    private FieldsAndFragments Collect(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue(selectionSet, out var collected))
        {
            collected = new FieldsAndFragments(selectionSet.Selections.Count);
            CollectFields(parentType, selectionSet, collected);
            _collected[selectionSet] = collected;
        }

        return collected;
    }

    private FieldsAndFragments CollectFragment(FragmentDefinitionNode fragment) =>
        _collected.TryGetValue(fragment.SelectionSet, out var collected)
            ? collected
            : Collect(context.TypeFromSyntax(fragment.TypeCondition) as INamedType, fragment.SelectionSet);

    private void CollectFields(INamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : TypeInfo.GetFieldDefinition(context.Schema, parentType, field.Name.Value);
                    collected.Add(field.ResponseName, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } typeCondition
                        ? context.TypeFromSyntax(typeCondition) as INamedType
                        : parentType;
                    CollectFields(inlineType, inline.SelectionSet, collected);
                    break;
            }
        }
    }
}
