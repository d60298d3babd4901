namespace Meridian.Types;

/// <summary>Schema-wide settings, changed through <see cref="SchemaBuilder.ModifyOptions"/>.</summary>
public sealed class SchemaOptions
{
    /// <summary>The root type names looked up when no schema definition names them.</summary>
    public string QueryTypeName { get; set; } = "Query";

    public string MutationTypeName { get; set; } = "Mutation";

    public string SubscriptionTypeName { get; set; } = "Subscription";

    /// <summary>The default root type name of an operation type.</summary>
    public string GetDefaultRootTypeName(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryTypeName,
        Language.OperationType.Mutation => MutationTypeName,
        _ => SubscriptionTypeName,
    };

    /// <summary>
    /// When true, a CLR type bound to more than one object type is a schema error, so that abstract types never
    /// resolve by an ambiguous binding. When false, the first binding wins.
    /// </summary>
    public bool StrictRuntimeTypes { get; set; } = true;

    /// <summary>
    /// How the default resolver matches a field to a parent's CLR property or dictionary key: case-insensitively
    /// (the default, so <c>name</c> reads <c>Name</c>) or exactly.
    /// </summary>
    public bool DefaultResolverIgnoresCase { get; set; } = true;

    /// <summary>Sort fields, arguments, input fields and enum values by name instead of keeping declaration order.</summary>
    public bool SortFieldsByName { get; set; }

    /// <summary>
    /// Add Hot Chocolate's well-known scalars (DateTime, Date, LocalTime, UUID, Long, Decimal, URL) when a type
    /// reference names them without a definition.
    /// </summary>
    public bool AddWellKnownScalarsOnReference { get; set; } = true;

    /// <summary>
    /// What an SDL <c>scalar X</c> without a bound implementation becomes: a pass-through scalar (graphql-js's
    /// behaviour, true) or a schema error (false).
    /// </summary>
    public bool AllowUnboundScalars { get; set; } = true;

    internal SchemaOptions Clone() => (SchemaOptions)MemberwiseClone();
}
