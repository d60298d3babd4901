namespace Meridian.Validation;

/// <summary>
/// The keys of <c>OutputField.ContextData</c> that field-cost analysis reads (set them through the field's
/// configuration, for example <c>FieldConfiguration.ContextData[FieldCost.CostKey] = 5</c>).
/// </summary>
public static class FieldCost
{
    /// <summary>The cost of resolving the field once (a number); 1 when absent.</summary>
    public const string CostKey = "Meridian.Validation.FieldCost";

    /// <summary>For a list field: the number of items to assume when no size argument gives one (a number).</summary>
    public const string ListSizeKey = "Meridian.Validation.ListSize";

    /// <summary>The cost of a field that does not set <see cref="CostKey"/>.</summary>
    public const double DefaultCost = 1;
}
