using System.Collections;
using System.Reflection;
using Meridian.Language;

namespace Meridian.CodeFirst.Data;

/// <summary>
/// Reads the coerced <c>order</c> argument into sort keys: each entry of the list contributes its fields in the order
/// they were written in the document (Hot Chocolate's reading; coerced input objects keep their type's field order,
/// so the literal tells the written one), nested inputs extend the member path, nulls are skipped.
/// </summary>
internal static class SortKeyReader
{
    public static IReadOnlyList<SortKey> Read(SortObjectModel model, object? order, IValueNode literal)
    {
        var keys = new List<SortKey>();
        if (order is IReadOnlyDictionary<string, object?> single)
        {
            AddKeys(model, single, literal as ObjectValueNode, [], keys);
            return keys;
        }

        if (order is not IEnumerable entries)
        {
            return keys;
        }

        var index = 0;
        foreach (var entry in entries)
        {
            if (entry is IReadOnlyDictionary<string, object?> fields)
            {
                var entryLiteral = literal is ListValueNode list && index < list.Items.Count ? list.Items[index] as ObjectValueNode : null;
                AddKeys(model, fields, entryLiteral, [], keys);
            }

            index++;
        }

        return keys;
    }

    private static void AddKeys(SortObjectModel model, IReadOnlyDictionary<string, object?> fields, ObjectValueNode? literal, List<PropertyInfo> path, List<SortKey> keys)
    {
        foreach (var name in WrittenOrder(fields, literal))
        {
            var value = fields[name];
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
                    var nestedLiteral = literal?.Fields.FirstOrDefault(f => f.Name.Value == name)?.Value as ObjectValueNode;
                    AddKeys(field.Nested, nested, nestedLiteral, fieldPath, keys);
                    break;
                default:
                    throw DataErrors.Create(DataErrorCodes.InvalidSortValue, $"The sort field \"{name}\" has a value of the wrong kind.", "order");
            }
        }
    }

    /// <summary>The coerced fields in the order the literal wrote them (the coerced order when there is no literal).</summary>
    private static IEnumerable<string> WrittenOrder(IReadOnlyDictionary<string, object?> fields, ObjectValueNode? literal)
    {
        if (literal is null)
        {
            return fields.Keys;
        }

        var written = literal.Fields.Select(f => f.Name.Value).Where(fields.ContainsKey).ToList();
        return written.Concat(fields.Keys.Where(k => !written.Contains(k)));
    }
}
