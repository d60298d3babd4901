namespace Meridian.CodeFirst.Data;

/// <summary>How a property takes part in filtering and sorting, by its CLR type.</summary>
internal enum DataValueKind
{
    /// <summary>Neither filterable nor sortable (dictionaries, unmapped framework types, abstract types).</summary>
    Unsupported,

    String,

    Boolean,

    /// <summary>Numbers, dates, times and UUIDs: equality and ordering.</summary>
    Comparable,

    Enum,

    /// <summary>An object with its own GraphQL object type.</summary>
    Object,

    /// <summary>A list of strings, booleans, comparables or enums.</summary>
    ScalarList,

    /// <summary>A list of objects.</summary>
    ObjectList,
}
