namespace Meridian.Language;

/// <summary>
/// The source could not be read as GraphQL. The message follows graphql-js's wording
/// (<c>Syntax Error: Expected Name, found "}".</c>); <see cref="Location"/> points at the offending character.
/// </summary>
public sealed class SyntaxException : Exception
{
    private const string Prefix = "Syntax Error: ";

    public SyntaxException(string description, Location location, string code = SyntaxErrorCodes.SyntaxError)
        : base(Prefix + description)
    {
        ArgumentNullException.ThrowIfNull(location);
        Description = description;
        Location = location;
        Code = code;
    }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Where the error is: <see cref="Location.Start"/> is the character offset, with its line and column.</summary>
    public Location Location { get; }

    /// <summary>One of <see cref="SyntaxErrorCodes"/>.</summary>
    public string Code { get; }

    public int Line => Location.Line;

    public int Column => Location.Column;

    public int Offset => Location.Start;
}
