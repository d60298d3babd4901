using System.Collections;
using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Reads the coerced <c>order</c> argument into sort keys: each entry of the list contributes its fields in the order
/// the client gave them (Hot Chocolate's reading; coerced input objects keep that order for literals and variables
/// alike), nested inputs extend the member path, nulls are skipped.
/// </summary>
internal static class SortKeyReader
{
    public static IReadOnlyList<SortKey> Read(SortObjectModel model, object? order)
    {
        var keys = new List<SortKey>();
        if (order is IReadOnlyDictionary<string, object?> single)
        {
            AddKeys(model, single, [], keys);
            return keys;
        }

        if (order is not IEnumerable entries)
        {
            return keys;
        }

        foreach (var entry in entries)
        {
            if (entry is IReadOnlyDictionary<string, object?> fields)
            {
                AddKeys(model, fields, [], keys);
            }
        }

        return keys;
    }

    private static void AddKeys(SortObjectModel model, IReadOnlyDictionary<string, object?> fields, List<PropertyInfo> path, List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            if (!model.Fields.TryGetValue(name, out var field))
            {
                throw DataErrors.Create(DataErrorCodes.InvalidSortValue, $"The sort input has no field \"{name}\".", "order");
            }

            List<PropertyInfo> fieldPath = [.. path, field.Property];
            switch (value)
            {
                case SortDirection direction:
                    keys.Add(new SortKey(new MemberPath(fieldPath), direction == SortDirection.Descending));
                    break;
                case IReadOnlyDictionary<string, object?> nested when field.Nested is not null:
                    AddKeys(field.Nested, nested, fieldPath, keys);
                    break;
                default:
                    throw DataErrors.Create(DataErrorCodes.InvalidSortValue, $"The sort field \"{name}\" has a value of the wrong kind.", "order");
            }
        }
    }
}
