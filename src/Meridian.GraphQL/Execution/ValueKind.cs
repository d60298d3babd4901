namespace Meridian.Execution;

/// <summary>The kind of an argument's value as written (after variables are replaced by their values).</summary>
public enum ValueKind
{
    Unknown,
    String,
    Integer,
    Float,
    Boolean,
    Enum,
    Object,
    List,
    Null,
}
