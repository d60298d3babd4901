namespace Meridian.CodeFirst.Data;

/// <summary>The names of the filter operations, as Hot Chocolate's default filter convention spells them.</summary>
internal static class FilterOperationNames
{
    public const string And = "and";
    public const string Or = "or";
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Gt = "gt";
    public const string Ngt = "ngt";
    public const string Gte = "gte";
    public const string Ngte = "ngte";
    public const string Lt = "lt";
    public const string Nlt = "nlt";
    public const string Lte = "lte";
    public const string Nlte = "nlte";
    public const string Contains = "contains";
    public const string NotContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NotStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NotEndsWith = "nendsWith";
    public const string All = "all";
    public const string None = "none";
    public const string Some = "some";
    public const string Any = "any";
}
