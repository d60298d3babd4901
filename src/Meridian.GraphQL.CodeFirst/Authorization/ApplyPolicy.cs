namespace Meridian.CodeFirst;

/// <summary>When an <c>@authorize</c> policy is evaluated (Hot Chocolate's <c>ApplyPolicy</c>).</summary>
public enum ApplyPolicy
{
    /// <summary>Before the resolver runs (the default): a denied field never resolves.</summary>
    BeforeResolver,

    /// <summary>After the resolver ran, with its result as the policy's resource.</summary>
    AfterResolver,

    /// <summary>Hot Chocolate checks these during validation; here they are evaluated before the resolver, like <see cref="BeforeResolver"/>.</summary>
    Validation,
}
