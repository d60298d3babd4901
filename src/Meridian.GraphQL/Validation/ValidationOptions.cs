namespace Meridian.Validation;

/// <summary>
/// Per-request switches and limits of <see cref="DocumentValidator"/>. The specification's rules always run; the
/// limits beyond it (depth, cost, introspection) are off unless set. Instances are immutable and can be shared.
/// </summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Validation stops after this many errors and adds one last error (<see cref="ValidationErrorCodes.MaxErrorsExceeded"/>)
    /// saying so, as graphql-js does. Must be at least 1.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The deepest nesting of fields an operation may select, counting through fragments; a root field is at depth 1.
    /// Null leaves depth unchecked.
    /// </summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>When true, <c>__schema</c>, <c>__type</c>, <c>__typename</c> and everything under them do not count towards the depth.</summary>
    public bool ExcludeIntrospectionFromDepth { get; init; }

    /// <summary>
    /// The highest field cost an operation may have (see <see cref="FieldCost"/>): every field costs 1 unless its
    /// <c>OutputField.ContextData</c> says otherwise, and list fields multiply the cost of their selections by their
    /// size argument. Null leaves cost unchecked.
    /// </summary>
    public double? MaxFieldCost { get; init; }

    /// <summary>The size assumed for a list field when no size argument gives one.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The arguments whose integer value gives a list field's size, first match wins (Hot Chocolate's paging names).</summary>
    public IReadOnlyList<string> ListSizeArgumentNames { get; init; } = ["first", "last", "take"];

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is an error (<see cref="ValidationErrorCodes.IntrospectionDisabled"/>); <c>__typename</c> stays allowed.</summary>
    public bool IntrospectionAllowed { get; init; } = true;

    /// <summary>Leaves out "Did you mean …?" suggestions, which reveal schema names (advisable when introspection is off).</summary>
    public bool HideSuggestions { get; init; }
}
