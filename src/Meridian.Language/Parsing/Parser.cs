namespace Meridian.Language;

/// <summary>
/// Reads GraphQL source text into syntax trees (§2). Every entry point throws <see cref="SyntaxException"/> on invalid
/// input or when the <see cref="ParserOptions"/> bounds are exceeded.
/// </summary>
public static class Parser
{
    private delegate T Production<T>(ref SyntaxParser parser);

    /// <summary>Parses a whole document: executable definitions, type-system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source.AsSpan(), options);
    }

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(ReadOnlySpan<char> source, ParserOptions? options = null) =>
        Run(source, options, schemaCoordinate: false, static (ref SyntaxParser parser) => parser.ParseDocument());

    /// <summary>Parses one value literal, which may contain variables: <c>{ a: [1, $b] }</c>.</summary>
    public static IValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, options, schemaCoordinate: false, static (ref SyntaxParser parser) => parser.ParseWhole(parser.ParseValueLiteral(isConst: false)));
    }

    /// <summary>Parses one constant value literal (no variables), as in default values.</summary>
    public static IValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, options, schemaCoordinate: false, static (ref SyntaxParser parser) => parser.ParseWhole(parser.ParseValueLiteral(isConst: true)));
    }

    /// <summary>Parses a type reference: <c>[String!]!</c>.</summary>
    public static ITypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, options, schemaCoordinate: false, static (ref SyntaxParser parser) => parser.ParseWhole(parser.ParseTypeReference()));
    }

    /// <summary>
    /// Parses a schema coordinate (§2.13): <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive</c>
    /// or <c>@directive(arg:)</c>, with nothing ignored between its tokens.
    /// </summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, options, schemaCoordinate: true, static (ref SyntaxParser parser) => parser.ParseWhole(parser.ParseSchemaCoordinate()));
    }

    private static T Run<T>(ReadOnlySpan<char> source, ParserOptions? options, bool schemaCoordinate, Production<T> production)
    {
        var buffer = NodeBuffer.Rent();
        try
        {
            var parser = new SyntaxParser(source, options ?? ParserOptions.Default, buffer, schemaCoordinate);
            parser.Start();
            return production(ref parser);
        }
        finally
        {
            NodeBuffer.Return(buffer);
        }
    }
}
