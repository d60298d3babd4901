namespace Meridian.Types;

/// <summary>The names of the built-in scalars: the specification's five and Hot Chocolate's well-known ones.</summary>
public static class ScalarNames
{
    public const string Int = "Int";
    public const string Float = "Float";
    public const string String = "String";
    public const string Boolean = "Boolean";
    public const string ID = "ID";

    public const string DateTime = "DateTime";
    public const string Date = "Date";
    public const string LocalTime = "LocalTime";
    public const string UUID = "UUID";
    public const string Long = "Long";
    public const string Decimal = "Decimal";
    public const string URL = "URL";

    /// <summary>True for the scalars of the specification, which are never printed in SDL and cannot be redefined.</summary>
    public static bool IsSpecified(string name) => name is Int or Float or String or Boolean or ID;
}
