namespace Meridian.Language;

/// <summary>
/// Bounds and switches for <see cref="Parser"/>. The bounds keep a hostile document from costing unbounded time, memory
/// or stack: going past one is a <see cref="SyntaxException"/> with a limit code, never a crash.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Skip recording where nodes came from: every <see cref="SyntaxNode.Location"/> is null, and parsing allocates less.</summary>
    public bool NoLocations { get; init; }

    /// <summary>The most tokens a document may have (<see cref="SyntaxErrorCodes.MaxTokensExceeded"/> beyond).</summary>
    public int MaxAllowedTokens { get; init; } = 100_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types
    /// (<see cref="SyntaxErrorCodes.MaxDepthExceeded"/> beyond).
    /// </summary>
    public int MaxAllowedDepth { get; init; } = 256;
}
