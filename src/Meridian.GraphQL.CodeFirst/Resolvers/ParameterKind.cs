namespace Meridian.CodeFirst;

/// <summary>Where a resolver parameter's value comes from; decided once when the schema is built.</summary>
internal enum ParameterKind
{
    Argument,
    Parent,
    EventMessage,
    Service,
    DataLoader,
    CancellationToken,
    ClaimsPrincipal,
    ResolverContext,
    GlobalState,
    ScopedState,
    LocalState,

    /// <summary>The decoded key a node resolver is asked for.</summary>
    NodeKey,
}
