namespace Meridian.Language;

/// <summary>The stable <c>extensions.code</c> values of the errors the language layer raises.</summary>
public static class SyntaxErrorCodes
{
    /// <summary>The source is not valid GraphQL: a lexical or grammatical error.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>The document has more tokens than <see cref="ParserOptions.MaxAllowedTokens"/>.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than <see cref="ParserOptions.MaxAllowedDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
}
