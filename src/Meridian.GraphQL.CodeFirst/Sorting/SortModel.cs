using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>What a generated <c>XSortInput</c> sorts by: per input field, the property and, for objects, the nested model.</summary>
internal sealed class SortObjectModel
{
    public Dictionary<string, SortFieldModel> Fields { get; } = new(StringComparer.Ordinal);
}

internal sealed record SortFieldModel(string Name, PropertyInfo Property, SortObjectModel? Nested);
