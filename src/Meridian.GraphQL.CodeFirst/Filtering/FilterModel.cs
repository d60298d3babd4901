using System.Reflection;

namespace Meridian.CodeFirst.Data;

/// <summary>What a generated <c>XFilterInput</c> filters: per input field, the property and its kind.</summary>
internal sealed class FilterObjectModel
{
    public Dictionary<string, FilterFieldModel> Fields { get; } = new(StringComparer.Ordinal);
}

/// <summary>One filterable property: its input field name, kind and, for objects and lists of objects, the nested model.</summary>
internal sealed record FilterFieldModel(string Name, PropertyInfo Property, DataValueType ValueType, FilterObjectModel? Nested);
