namespace Meridian.Language;

/// <summary>
/// Where a node or token stands in its source: character offsets (start inclusive, end exclusive) and the
/// one-based line and column of its first character, counted as the specification counts source characters.
/// </summary>
public sealed record Location(int Start, int End, int Line, int Column);
