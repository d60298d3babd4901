namespace Meridian.Types;

/// <summary>
/// A member of a completed schema: the schema, named types, fields, arguments, input fields, enum values and
/// directive definitions.
/// </summary>
public interface ITypeSystemMember
{
    /// <summary>The schema coordinate: <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive</c>, …</summary>
    string Coordinate { get; }

    /// <summary>Metadata set by configurations (code-first hints such as cost or authorization); read-only.</summary>
    IReadOnlyDictionary<string, object?> ContextData { get; }
}
