namespace Meridian.CodeFirst;

/// <summary>The GraphQL names of <see cref="ApplyPolicy"/> values.</summary>
internal static class ApplyPolicyNames
{
    public const string BeforeResolver = "BEFORE_RESOLVER";
    public const string AfterResolver = "AFTER_RESOLVER";
    public const string Validation = "VALIDATION";

    public static string ToName(ApplyPolicy apply) => apply switch
    {
        ApplyPolicy.AfterResolver => AfterResolver,
        ApplyPolicy.Validation => Validation,
        _ => BeforeResolver,
    };

    public static ApplyPolicy FromName(string name) => name switch
    {
        AfterResolver => ApplyPolicy.AfterResolver,
        Validation => ApplyPolicy.Validation,
        _ => ApplyPolicy.BeforeResolver,
    };
}
