namespace Meridian.CodeFirst;

/// <summary>The settings of code-first schema inference for one executor (changed with <c>ModifyCodeFirstOptions</c>).</summary>
public sealed class CodeFirstOptions
{
    /// <summary>The naming rules; Hot Chocolate's by default.</summary>
    public INamingConventions Naming { get; set; } = new DefaultNamingConventions();

    /// <summary>CLR types mapped to scalars beyond the built-in ones (for example a value object to a custom scalar's name).</summary>
    public Dictionary<Type, string> ScalarBindings { get; } = [];

    /// <summary>
    /// Service types that are resolved from a DI scope of the resolver's own (see <see cref="ServiceKind.Resolver"/>),
    /// as with <c>RegisterService&lt;T&gt;(ServiceKind.Resolver)</c> or <c>RegisterDbContext&lt;T&gt;()</c>.
    /// </summary>
    public HashSet<Type> ResolverScopedServices { get; } = [];

    /// <summary>The mutation conventions, when <c>AddMutationConventions</c> enabled them.</summary>
    public MutationConventionOptions? MutationConventions { get; set; }

    /// <summary>Global object identification, when <c>AddGlobalObjectIdentification</c> enabled it.</summary>
    public GlobalObjectIdentificationOptions? GlobalObjectIdentification { get; set; }

    /// <summary>True once <c>AddAuthorization</c> added the <c>@authorize</c> directive and its evaluation.</summary>
    public bool IsAuthorizationEnabled { get; set; }

    /// <summary>
    /// Settings of features built on code-first (paging, filtering, sorting, projection …), keyed by their settings
    /// type, so that builder extensions and the descriptor attributes of one executor share them.
    /// </summary>
    public Dictionary<Type, object> Features { get; } = [];
}
