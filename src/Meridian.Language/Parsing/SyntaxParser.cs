using System.Runtime.CompilerServices;

namespace Meridian.Language;

/// <summary>
/// The recursive-descent parser of §2 over a <see cref="Lexer"/>. Its partial files follow the grammar: executable
/// definitions, values, types and directives, type-system definitions and extensions. This file holds the token
/// plumbing, the bounds and error reporting. Error messages follow graphql-js word for word.
/// </summary>
internal ref partial struct SyntaxParser
{
    private const int StackCheckDepth = 64;

    private Lexer _lexer;
    private readonly NodeBuffer _buffer;
    private readonly bool _noLocations;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private int _previousEnd;

    public SyntaxParser(ReadOnlySpan<char> source, ParserOptions options, NodeBuffer buffer, bool schemaCoordinate = false)
    {
        _lexer = new Lexer(source, schemaCoordinate);
        _buffer = buffer;
        _noLocations = options.NoLocations;
        _maxTokens = options.MaxAllowedTokens;
        _maxDepth = options.MaxAllowedDepth;
    }

    /// <summary>One grammar production, as the list helpers below take it.</summary>
    private delegate T Production<T>(ref SyntaxParser parser);

    /// <summary>Where a node starts: captured before its first token is consumed.</summary>
    private readonly record struct Mark(int Start, int Line, int Column);

    private readonly TokenKind Kind => _lexer.Kind;

    private readonly Mark Here
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_lexer.Start, _lexer.Line, _lexer.Column);
    }

    private readonly Location? LocationFrom(Mark start) =>
        _noLocations ? null : new Location(start.Start, _previousEnd, start.Line, start.Column);

    /// <summary>Reads the first token; every entry point starts here (graphql-js's "expect start of file").</summary>
    public void Start() => Advance();

    /// <summary>Ends an entry point that reads one production: nothing may follow it.</summary>
    public T ParseWhole<T>(T production)
    {
        Expect(TokenKind.EndOfFile);
        return production;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _previousEnd = _lexer.End;
        if (_lexer.Advance() != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens();
        }
    }

    private readonly SyntaxException TooManyTokens() =>
        new(
            $"Document contains more than {_maxTokens} tokens. Parsing aborted.",
            new Location(_lexer.Start, _lexer.Start, _lexer.Line, _lexer.Column),
            SyntaxErrorCodes.MaxTokensExceeded);

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ErrorAtToken($"Expected {TokenDescriptions.Describe(kind)}, found {TokenDescriptions.Describe(in _lexer)}.");
        }

        Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly bool IsKeyword(string keyword) =>
        _lexer.Kind == TokenKind.Name && _lexer.TokenText.SequenceEqual(keyword);

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw ErrorAtToken($"Expected \"{keyword}\", found {TokenDescriptions.Describe(in _lexer)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly SyntaxException Unexpected() => ErrorAtToken($"Unexpected {TokenDescriptions.Describe(in _lexer)}.");

    private static SyntaxException Unexpected(ref readonly Lexer token) =>
        ErrorAt(in token, $"Unexpected {TokenDescriptions.Describe(in token)}.");

    private readonly SyntaxException ErrorAtToken(string description) => ErrorAt(in _lexer, description);

    private static SyntaxException ErrorAt(ref readonly Lexer token, string description) =>
        new(description, new Location(token.Start, token.Start, token.Line, token.Column));

    /// <summary>Entering a nested selection set, list or object value, or list type; paired with <see cref="Leave"/>.</summary>
    private void Enter()
    {
        // Past a depth that any thread's stack holds, the stack is checked too, for callers that raise the depth bound
        // beyond what their thread's stack holds.
        if (++_depth > _maxDepth || (_depth > StackCheckDepth && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new SyntaxException(
                $"Document nesting is deeper than {_maxDepth} levels. Parsing aborted.",
                new Location(_lexer.Start, _lexer.Start, _lexer.Line, _lexer.Column),
                SyntaxErrorCodes.MaxDepthExceeded);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    /// <summary><c>open Item+ close</c>, or no items when the next token is not <paramref name="open"/>.</summary>
    private T[] OptionalMany<T>(TokenKind open, Production<T> item, TokenKind close)
        where T : class =>
        ExpectOptional(open) ? ManyUntil(item, close) : [];

    /// <summary>Items up to and including <paramref name="close"/>; at least one.</summary>
    private T[] ManyUntil<T>(Production<T> item, TokenKind close)
        where T : class
    {
        var mark = _buffer.Count;
        do
        {
            _buffer.Push(item(ref this));
        }
        while (!ExpectOptional(close));

        return _buffer.Pop<T>(mark);
    }

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ErrorAtToken($"Expected Name, found {TokenDescriptions.Describe(in _lexer)}.");
        }

        var start = Here;
        var value = NameCache.Get(_lexer.TokenText);
        Advance();
        return new NameNode(LocationFrom(start), value);
    }
}
