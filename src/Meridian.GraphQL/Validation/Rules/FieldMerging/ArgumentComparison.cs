using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// Whether two fields are given the same arguments: the same names with equal values, where input object fields
/// compare regardless of their order (graphql-js compares the printed values with object fields sorted).
/// </summary>
internal static class ArgumentComparison
{
    public static bool SameArguments(FieldNode a, FieldNode b)
    {
        var left = a.Arguments;
        var right = b.Arguments;
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var argument in left)
        {
            var other = Find(right, argument.Name.Value);
            if (other is null || !SameValue(argument.Value, other.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(IValueNode a, IValueNode b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case ListValueNode list:
                var otherList = (ListValueNode)b;
                if (list.Items.Count != otherList.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (!SameValue(list.Items[i], otherList.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode value:
                var otherObject = (ObjectValueNode)b;
                if (value.Fields.Count != otherObject.Fields.Count)
                {
                    return false;
                }

                foreach (var field in value.Fields)
                {
                    var otherField = FindField(otherObject, field.Name.Value);
                    if (otherField is null || !SameValue(field.Value, otherField.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return SyntaxComparer.Instance.Equals(a, b);
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode value, string name)
    {
        for (var i = 0; i < value.Fields.Count; i++)
        {
            if (value.Fields[i].Name.Value == name)
            {
                return value.Fields[i];
            }
        }

        return null;
    }
}
